package org.jobmatch.sheets;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Persons of a sheet without ledger numbers are keyed by their ID number: the ledger entry that has it keeps its
 * id; a new one gets the next {@code P-AUTO-000001}, a number that tells nothing about the ID number (ids are shown
 * unmasked).
 */
final class IdNumberKeys implements RowKeys {

    private static final Refusal NO_ID_NUMBER = new Refusal("idNumber",
            "表中没有编号列时，以身份证号码识别人员：该行须填写身份证号码，或在表中加一列编号"
                    + " (without a ledger-number column persons are keyed by ID number, which is missing)");

    private final JdbcTemplate jdbc;
    private final Map<String, String> keyed = new HashMap<>();

    IdNumberKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Integer, Refusal> assign(List<ObjectNode> records, List<Long> rows) {
        Map<Integer, Refusal> refused = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (number(records.get(i)) == null) {
                refused.put(i, NO_ID_NUMBER);
            }
        }
        String[] unknown = records.stream().map(IdNumberKeys::number)
                .filter(n -> n != null && !keyed.containsKey(n)).distinct().toArray(String[]::new);
        lookUp(unknown);
        List<String> fresh = java.util.Arrays.stream(unknown).filter(n -> !keyed.containsKey(n)).toList();
        List<Long> numbers = next(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            keyed.put(fresh.get(i), String.format(Locale.ROOT, "P-AUTO-%06d", numbers.get(i)));
        }
        for (int i = 0; i < records.size(); i++) {
            String number = number(records.get(i));
            if (number != null) {
                records.get(i).put("id", keyed.get(number));
            }
        }
        return refused;
    }

    private static String number(ObjectNode record) {
        String number = record.path("idNumber").asText(null);
        return number == null || number.isBlank() ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    private void lookUp(String[] numbers) {
        if (numbers.length > 0) {
            jdbc.query("SELECT id_number, id FROM persons WHERE id_number = ANY (?::bpchar[])",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", numbers)),
                    rs -> {
                        keyed.put(rs.getString(1), rs.getString(2));
                    });
        }
    }

    private List<Long> next(int count) {
        return count == 0 ? List.of() : jdbc.queryForList(
                "SELECT nextval('person_sheet_keys') FROM generate_series(1, ?)", Long.class, count);
    }
}
