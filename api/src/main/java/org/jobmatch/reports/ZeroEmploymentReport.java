package org.jobmatch.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jobmatch.services.ServiceProperties;
import org.jobmatch.services.ZeroEmploymentCases;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Zero-employment families (零就业家庭动态清零) per township, from the cases the services feature keeps: found in the
 * period, cleared in it (a member placed or in work), ended with a reason in it, open on its last day, and of those
 * the ones open longer than the target (30 days).
 */
@Service
class ZeroEmploymentReport {

    static final String TITLE = "零就业家庭动态清零情况表";
    private static final String OPEN = "opened_on <= :to AND (closed_on IS NULL OR closed_on > :to)";

    enum Column {
        FOUND(1, "新发现户数", "opened_on BETWEEN :from AND :to"),
        CLEARED(2, "已清零户数", "closed_how IN ('PLACED', 'EMPLOYED') AND closed_on BETWEEN :from AND :to"),
        ENDED(3, "注销户数", "closed_how = 'ENDED' AND closed_on BETWEEN :from AND :to"),
        OPEN(4, "期末未清零户数", ZeroEmploymentReport.OPEN),
        PAST_TARGET(5, "其中超过时限户数", ZeroEmploymentReport.OPEN + " AND opened_on < CAST(:to AS date) - :target");

        private final int no;
        private final String label;
        private final String condition;

        Column(int no, String label, String condition) {
            this.no = no;
            this.label = label;
            this.condition = condition;
        }

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Column ofKey(String key) {
            return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> Reports.unknownColumn(key));
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ZeroEmploymentCases cases;
    private final ServiceProperties properties;

    ZeroEmploymentReport(NamedParameterJdbcTemplate jdbc, ZeroEmploymentCases cases, ServiceProperties properties) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.properties = properties;
    }

    ReportTable table(Period period, String township) {
        cases.refresh();
        String select = Arrays.stream(Column.values())
                .map(c -> "count(*) FILTER (WHERE " + c.condition + ") AS c" + c.no).collect(Collectors.joining(", "));
        Sums.Result sums = Sums.run(jdbc, Sums.query("WITH facts AS (SELECT * FROM zero_employment_cases WHERE "
                + "CAST(:township AS text) IS NULL OR township = :township)", select), params(period, township),
                Column.values().length, i -> Unit.HOUSEHOLDS);
        var columns = Arrays.stream(Column.values()).map(c -> new ReportTable.Column(c.key(), c.no, c.label, null,
                Unit.HOUSEHOLDS.label(), true)).toList();
        return new ReportTable("zero-employment", TITLE, period.from(), period.to(), township, columns, sums.rows(),
                sums.total(), Map.of("targetDays", properties.zeroEmploymentTargetDays()));
    }

    /** The members of the households behind a figure, with their household and the day their case opened. */
    List<Reports.Hit> persons(Column column, Period period, String township) {
        cases.refresh();
        return jdbc.query("""
                SELECT p.id, c.household_id, c.opened_on FROM zero_employment_cases c
                JOIN persons p ON p.household_id = c.household_id
                WHERE (CAST(:township AS text) IS NULL OR c.township = :township) AND (""" + column.condition + """
                ) ORDER BY c.township, c.opened_on, c.household_id, p.id""", params(period, township),
                (rs, n) -> new Reports.Hit(rs.getString(1), "户 " + rs.getString(2) + "，" + rs.getDate(3) + " 发现"));
    }

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Period period, String township) {
        return WarmHeartForm.params(period, township).addValue("target", properties.zeroEmploymentTargetDays());
    }
}
