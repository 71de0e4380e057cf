package org.jobmatch.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An idempotent batch upsert keyed by {@code id}: a row whose values are all unchanged is not
 * touched, so its version does not move and nothing is queued for the index.
 */
final class Upsert<T> {

    private final String sql;
    private final int width;
    private final Function<T, Object[]> values;

    Upsert(String table, List<String> columns, Function<T, Object[]> values) {
        List<String> updated = columns.stream().filter(c -> !c.equals("id")).toList();
        this.sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                + " ON CONFLICT (id) DO UPDATE SET "
                + updated.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
                + " WHERE (" + updated.stream().map(c -> table + "." + c).collect(Collectors.joining(", "))
                + ") IS DISTINCT FROM ("
                + updated.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", ")) + ")";
        this.width = columns.size();
        this.values = values;
    }

    /** Runs the batch; returns how many rows were inserted or changed. */
    int run(JdbcTemplate jdbc, List<T> rows) {
        int[] counts = jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                bind(ps, values.apply(rows.get(i)));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
        int changed = 0;
        for (int count : counts) {
            changed += count > 0 ? 1 : 0;
        }
        return changed;
    }

    private void bind(PreparedStatement ps, Object[] row) throws SQLException {
        if (row.length != width) {
            throw new IllegalStateException("expected " + width + " values, got " + row.length);
        }
        Connection connection = ps.getConnection();
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value instanceof String[] array) {
                ps.setArray(i + 1, connection.createArrayOf("text", array));
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }
}
