package org.jobmatch.sheets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Service rows name their person by ledger number or by ID number: an ID number is looked up in the ledger (and a
 * name given beside it must be that person's). A row without a service number is keyed by person, kind, date and
 * course ({@code S-AUTO-} and a digest), so importing the sheet again changes nothing; the same service twice in
 * one sheet is refused.
 */
final class ServiceKeys implements RowKeys {

    static final String NAME = "personName";
    static final String ID_NUMBER = "personIdNumber";
    private static final Refusal NO_PERSON = new Refusal("personId",
            "须填写人员编号或身份证号码 (the person's ledger number or ID number is required)");
    private static final Refusal UNKNOWN = new Refusal(ID_NUMBER,
            "台账中没有此身份证号码的人员：请先导入该人员 (no person with this ID number in the ledger)");
    private static final Refusal OTHER_NAME = new Refusal(NAME,
            "姓名与台账中该身份证号码的人员不符 (the name differs from the ledger's for this ID number)");

    private record Known(String id, String name) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Long> seen = new HashMap<>();

    ServiceKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Integer, Refusal> assign(List<ObjectNode> records, List<Long> rows) {
        Map<String, Known> persons = lookUp(records);
        Map<Integer, Refusal> refused = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ObjectNode record = records.get(i);
            Refusal refusal = person(record, persons);
            if (refusal == null && !record.hasNonNull("id")) {
                refusal = key(record, rows.get(i));
            }
            record.remove(List.of(NAME, ID_NUMBER));
            if (refusal != null) {
                refused.put(i, refusal);
            }
        }
        return refused;
    }

    private static Refusal person(ObjectNode record, Map<String, Known> persons) {
        if (record.hasNonNull("personId")) {
            return null;
        }
        String number = idNumber(record);
        if (number == null) {
            return NO_PERSON;
        }
        Known known = persons.get(number);
        if (known == null) {
            return UNKNOWN;
        }
        String name = record.path(NAME).asText("").strip();
        if (!name.isEmpty() && !name.equals(known.name())) {
            return OTHER_NAME;
        }
        record.put("personId", known.id());
        return null;
    }

    private Refusal key(ObjectNode record, long row) {
        String key = "S-AUTO-" + digest(String.join("\u001f", record.path("personId").asText(),
                record.path("kind").asText(""), record.path("date").asText(""), record.path("course").asText("")));
        Long first = seen.putIfAbsent(key, row);
        if (first != null) {
            return new Refusal("date", "与第 " + first + " 行是同一人同一天的同一服务：请合并这两行，或在表中加一列服务编号"
                    + " (the same service as row " + first + ": merge them or add a service-number column)");
        }
        record.put("id", key);
        return null;
    }

    private Map<String, Known> lookUp(List<ObjectNode> records) {
        String[] numbers = records.stream().filter(r -> !r.hasNonNull("personId")).map(ServiceKeys::idNumber)
                .filter(n -> n != null).distinct().toArray(String[]::new);
        Map<String, Known> persons = new HashMap<>();
        if (numbers.length > 0) {
            jdbc.query("SELECT id_number, id, name FROM persons WHERE id_number = ANY (?::bpchar[])",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", numbers)),
                    rs -> {
                        persons.put(rs.getString(1), new Known(rs.getString(2), rs.getString(3)));
                    });
        }
        return persons;
    }

    private static String idNumber(ObjectNode record) {
        String number = record.path(ID_NUMBER).asText(null);
        return number == null || number.isBlank() ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
