package org.jobmatch.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * An idempotent, set-based upsert keyed by {@code id}: one statement per batch, its rows passed as one
 * JSON array and typed by the table's own row type. A row whose values are all unchanged is not
 * touched, so its version does not move and nothing is queued for the index; a changed one takes the
 * version its proposed row drew from the column default. Returns the rows it inserted or changed, as
 * stored (with their new versions).
 */
final class Upsert<T, R> {

    private static final JsonFactory JSON = new JsonFactory();

    private final String sql;
    private final String existing;
    private final List<String> columns;
    private final Function<T, Object[]> values;
    private final RowMapper<R> stored;

    Upsert(String table, List<String> columns, Function<T, Object[]> values, RowMapper<R> stored) {
        this(table, columns, Map.of(), values, stored);
    }

    /**
     * {@code owned}: columns whose stored value the service keeps (column to the expression it becomes on
     * update); they are inserted from the file, but a file's value alone never makes a row count as changed.
     */
    Upsert(String table, List<String> columns, Map<String, String> owned, Function<T, Object[]> values,
           RowMapper<R> stored) {
        List<String> updated = columns.stream().filter(c -> !c.equals("id")).toList();
        List<String> compared = updated.stream().filter(c -> !owned.containsKey(c)).toList();
        String list = String.join(", ", columns);
        this.sql = "INSERT INTO " + table + " (" + list + ") SELECT " + list
                + " FROM jsonb_populate_recordset(NULL::" + table + ", ?::jsonb)"
                + " ON CONFLICT (id) DO UPDATE SET "
                + updated.stream().map(c -> c + " = " + owned.getOrDefault(c, "EXCLUDED." + c))
                        .collect(Collectors.joining(", "))
                + ", version = EXCLUDED.version, updated_at = now()"
                + " WHERE (" + compared.stream().map(c -> table + "." + c).collect(Collectors.joining(", "))
                + ") IS DISTINCT FROM ("
                + compared.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", ")) + ")"
                + " RETURNING *";
        this.existing = "SELECT id FROM " + table + " WHERE id = ANY (?)";
        this.columns = columns;
        this.values = values;
        this.stored = stored;
    }

    /** Upserts the rows (the last one wins where an id repeats); returns those inserted or changed. */
    List<R> run(JdbcTemplate jdbc, List<T> rows, Function<T, String> id) {
        Map<String, T> lastById = new LinkedHashMap<>();
        rows.forEach(row -> lastById.put(id.apply(row), row));
        if (lastById.isEmpty()) {
            return List.of();
        }
        String json = json(lastById.values());
        return jdbc.query(sql, ps -> ps.setString(1, json), stored);
    }

    /** Those of the ids the table holds. */
    Set<String> existing(JdbcTemplate jdbc, List<String> ids) {
        Set<String> found = new HashSet<>();
        jdbc.query(existing, ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids.toArray())),
                rs -> {
                    found.add(rs.getString(1));
                });
        return found;
    }

    private String json(Iterable<T> rows) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (T row : rows) {
                writeRow(json, values.apply(row));
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void writeRow(JsonGenerator json, Object[] row) throws IOException {
        if (row.length != columns.size()) {
            throw new IllegalStateException("expected " + columns.size() + " values, got " + row.length);
        }
        json.writeStartObject();
        for (int i = 0; i < row.length; i++) {
            json.writeFieldName(columns.get(i));
            writeValue(json, row[i]);
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer n) {
            json.writeNumber(n);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof LocalDate date) {
            json.writeString(date.toString());
        } else if (value instanceof String[] array) {
            json.writeArray(array, 0, array.length);
        } else {
            throw new IllegalArgumentException("no ledger column type for " + value.getClass());
        }
    }
}
