package org.jobmatch.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The township an import is limited to (township staff import their own township's records only): a line of
 * another township, or one that would move a record of another township, is refused.
 */
record TownshipScope(Optional<String> township) {

    static final InvalidField OTHER_TOWNSHIP = new InvalidField("township",
            "无权导入其他乡镇（街道）的记录", "the record belongs to another township");

    /** Whether a record of {@code recordTownship} is within the scope. */
    boolean admits(String recordTownship) {
        return township.map(own -> own.equals(recordTownship)).orElse(true);
    }

    /**
     * The rows (by index) outside the scope: {@code ids} and {@code townships} of the rows, in order, checked
     * against themselves and against what {@code table} holds under those ids.
     */
    Map<Integer, InvalidField> refusals(JdbcTemplate jdbc, String table, List<String> ids, List<String> townships) {
        Map<Integer, InvalidField> refused = new HashMap<>();
        if (township.isEmpty()) {
            return refused;
        }
        String own = township.get();
        Map<String, String> stored = new HashMap<>();
        jdbc.query("SELECT id, township FROM " + table + " WHERE id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids.toArray())),
                rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                });
        for (int i = 0; i < ids.size(); i++) {
            if (!own.equals(townships.get(i)) || !own.equals(stored.getOrDefault(ids.get(i), own))) {
                refused.put(i, OTHER_TOWNSHIP);
            }
        }
        return refused;
    }
}
