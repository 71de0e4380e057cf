package org.jobmatch.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Runs a form's one aggregate query: sums {@code c1 … cN} per township and, in the same query, for the county
 * ({@code GROUPING SETS ((township), ())}), so that the total is the database's own and not the rows added up here.
 */
final class Sums {

    /** The county's row of a form; townships' rows in name order before it. */
    static final String COUNTY = "合计";

    record Result(List<ReportTable.Row> rows, ReportTable.Row total) {
    }

    private Sums() {
    }

    /** {@code select} lists the aggregates as {@code c1 … cN} over {@code facts} with a {@code township} column. */
    static String query(String with, String select) {
        return with + " SELECT township, GROUPING(township) AS county, " + select
                + " FROM facts GROUP BY GROUPING SETS ((township), ()) ORDER BY GROUPING(township), township";
    }

    static Result run(NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource params, int columns,
                      Function<Integer, Unit> units) {
        List<ReportTable.Row> rows = new ArrayList<>();
        ReportTable.Row[] total = {null};
        jdbc.query(sql, params, rs -> {
            ReportTable.Row row = row(rs, columns, units);
            if (rs.getInt("county") == 1) {
                total[0] = row;
            } else {
                rows.add(row);
            }
        });
        return new Result(rows, total[0] == null ? empty(columns, units) : total[0]);
    }

    private static ReportTable.Row row(ResultSet rs, int columns, Function<Integer, Unit> units) throws SQLException {
        List<Number> values = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            values.add(units.apply(i).shown(rs.getLong("c" + i)));
        }
        boolean county = rs.getInt("county") == 1;
        return new ReportTable.Row(county ? COUNTY : rs.getString("township"), null, values);
    }

    static ReportTable.Row empty(int columns, Function<Integer, Unit> units) {
        List<Number> values = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            values.add(units.apply(i).shown(0));
        }
        return new ReportTable.Row(COUNTY, null, values);
    }
}
