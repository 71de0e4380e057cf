package org.jobmatch.importing;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts service lines by their id: an unchanged line changes nothing, a changed one is updated. A line whose
 * person is not in the ledger (or, for township staff, of another township) is refused.
 */
final class ServiceWriter implements RowWriter<ServiceRow> {

    private static final InvalidField UNKNOWN_PERSON = new InvalidField("personId", "台账中没有此人",
            "no such person in the ledger");
    private static final String UPSERT = """
            INSERT INTO services (external_id, person_id, kind, served_on, channel, operator, note, course, amount,
                                  job_channel, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import')
            ON CONFLICT (external_id) DO UPDATE SET person_id = EXCLUDED.person_id, kind = EXCLUDED.kind,
                served_on = EXCLUDED.served_on, channel = EXCLUDED.channel, operator = EXCLUDED.operator,
                note = EXCLUDED.note, course = EXCLUDED.course, amount = EXCLUDED.amount,
                job_channel = EXCLUDED.job_channel
            WHERE (services.person_id, services.kind, services.served_on, services.channel, services.operator,
                   services.note, services.course, services.amount, services.job_channel)
                  IS DISTINCT FROM (EXCLUDED.person_id, EXCLUDED.kind, EXCLUDED.served_on, EXCLUDED.channel,
                   EXCLUDED.operator, EXCLUDED.note, EXCLUDED.course, EXCLUDED.amount, EXCLUDED.job_channel)""";

    private final JdbcTemplate jdbc;
    private final TownshipScope scope;

    ServiceWriter(JdbcTemplate jdbc, TownshipScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public Result write(List<ServiceRow> rows) {
        Map<String, String> townships = townshipsOf(rows);
        Map<Integer, InvalidField> refused = new HashMap<>();
        List<Object[]> accepted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ServiceRow r = rows.get(i);
            String township = townships.get(r.personId());
            if (township == null) {
                refused.put(i, UNKNOWN_PERSON);
            } else if (!scope.admits(township)) {
                refused.put(i, TownshipScope.OTHER_TOWNSHIP);
            } else {
                accepted.add(values(r));
            }
        }
        Set<String> existed = existing(rows);
        Set<String> changed = new HashSet<>();
        int[] counts = jdbc.batchUpdate(UPSERT, accepted);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                changed.add((String) accepted.get(i)[0]);
            }
        }
        return new Result(existed, changed, refused, Map.of());
    }

    private Set<String> existing(List<ServiceRow> rows) {
        Object[] ids = rows.stream().map(ServiceRow::id).toArray();
        return new HashSet<>(jdbc.query("SELECT external_id FROM services WHERE external_id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids)),
                (rs, n) -> rs.getString(1)));
    }

    private Map<String, String> townshipsOf(List<ServiceRow> rows) {
        Map<String, String> townships = new HashMap<>();
        Object[] ids = rows.stream().map(ServiceRow::personId).distinct().toArray();
        jdbc.query("SELECT id, township FROM persons WHERE id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids)),
                rs -> {
                    townships.put(rs.getString(1), rs.getString(2));
                });
        return townships;
    }

    private static Object[] values(ServiceRow r) {
        return new Object[] {r.id(), r.personId(), r.kind().name(), Date.valueOf(r.date()), r.channel().name(),
            r.operator(), r.note(), r.course(), r.amount(), r.jobChannel() == null ? null : r.jobChannel().name()};
    }
}
