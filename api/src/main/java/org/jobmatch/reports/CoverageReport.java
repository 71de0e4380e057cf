package org.jobmatch.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jobmatch.services.Coverage;
import org.jobmatch.services.CoverageScheme;
import org.jobmatch.services.ServiceKind;
import org.jobmatch.services.ServiceLedger;
import org.jobmatch.services.ServiceProperties;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * "131" (or "311") coverage per township and village (五团 2023): of the persons to be served in the period (out of
 * work now, or placed or found work in it), those covered by the county's scheme, partly covered, not covered; the
 * rate, and the assessment's deduction for each point below 100 %. The rule is the services feature's
 * ({@link CoverageScheme}), judged on each person's services of the period.
 */
@Service
class CoverageReport {

    static final String TITLE = "“131”服务覆盖情况表";
    static final String NO_VILLAGE = "（未填村）";
    static final List<String> KEYS = List.of("persons", "covered", "partly", "not-covered", "rate", "deduction");
    private static final List<ReportTable.Column> COLUMNS = List.of(
            new ReportTable.Column("persons", 1, "应服务人数", null, Unit.PERSONS.label(), true),
            new ReportTable.Column("covered", 2, "已覆盖", "服务覆盖", Unit.PERSONS.label(), true),
            new ReportTable.Column("partly", 3, "部分覆盖", "服务覆盖", Unit.PERSONS.label(), true),
            new ReportTable.Column("not-covered", 4, "未覆盖", "服务覆盖", Unit.PERSONS.label(), true),
            new ReportTable.Column("rate", 5, "覆盖率", null, Unit.PERCENT.label(), false),
            new ReportTable.Column("deduction", 6, "考核扣分", null, Unit.POINTS.label(), false));

    private final NamedParameterJdbcTemplate jdbc;
    private final ServiceLedger services;
    private final ServiceProperties serviceProperties;
    private final ReportProperties properties;

    CoverageReport(NamedParameterJdbcTemplate jdbc, ServiceLedger services, ServiceProperties serviceProperties,
                   ReportProperties properties) {
        this.jdbc = jdbc;
        this.services = services;
        this.serviceProperties = serviceProperties;
        this.properties = properties;
    }

    /** One person to be served and their coverage. */
    record Judged(String personId, String township, String village, Coverage coverage) {
    }

    ReportTable table(Period period, String township) {
        Map<String, long[]> townships = new TreeMap<>();
        Map<String, long[]> villages = new TreeMap<>();
        long[] county = new long[4];
        judge(period, township, j -> {
            int at = j.coverage().status().ordinal() + 1;
            for (long[] counts : List.of(county, townships.computeIfAbsent(j.township(), t -> new long[4]),
                    villages.computeIfAbsent(j.township() + "\t" + j.village(), v -> new long[4]))) {
                counts[0]++;
                counts[at]++;
            }
        });
        List<ReportTable.Row> rows = new ArrayList<>();
        townships.forEach((name, counts) -> {
            rows.add(row(name, null, counts));
            villages.forEach((key, v) -> {
                if (key.startsWith(name + "\t")) {
                    rows.add(row(name, key.substring(name.length() + 1), v));
                }
            });
        });
        CoverageScheme scheme = serviceProperties.coverageScheme();
        return new ReportTable("coverage", TITLE, period.from(), period.to(), township, COLUMNS, rows,
                row(Sums.COUNTY, null, county), Map.of("scheme", scheme.name(), "schemeItems",
                        scheme.items().stream().map(CoverageScheme.Item::label).toList(),
                        "deductionPerPoint", properties.deductionPerPoint()));
    }

    /** The persons of a column (covered, partly …) with what their "131" lacks; {@code village} narrows it. */
    List<Reports.Hit> persons(String column, Period period, String township, String village) {
        if (!KEYS.subList(0, 4).contains(column)) {
            throw KEYS.contains(column) ? Reports.notPersons(column) : Reports.unknownColumn(column);
        }
        List<Reports.Hit> hits = new ArrayList<>();
        judge(period, township, j -> {
            boolean wanted = column.equals("persons") || KEYS.get(j.coverage().status().ordinal() + 1).equals(column);
            if (wanted && (village == null || village.equals(j.village()))) {
                hits.add(new Reports.Hit(j.personId(), String.join("；", j.coverage().missing())));
            }
        });
        return hits;
    }

    private void judge(Period period, String township, Consumer<Judged> each) {
        CoverageScheme scheme = serviceProperties.coverageScheme();
        Map<String, Map<ServiceKind, Integer>> given = services.counts(period.from(), period.to(), null);
        jdbc.query("""
                SELECT id, township, village, employment_status FROM persons
                WHERE (CAST(:township AS text) IS NULL OR township = :township) ORDER BY township, village, id""",
                WarmHeartForm.params(period, township), rs -> {
                    Map<ServiceKind, Integer> counts = given.getOrDefault(rs.getString(1), Map.of());
                    boolean working = counts.getOrDefault(ServiceKind.PLACEMENT, 0) > 0
                            || counts.getOrDefault(ServiceKind.JOB_FOUND, 0) > 0;
                    if (working || "UNEMPLOYED".equals(rs.getString(4))) {
                        String village = rs.getString(3) == null ? NO_VILLAGE : rs.getString(3);
                        each.accept(new Judged(rs.getString(1), rs.getString(2), village, scheme.evaluate(counts)));
                    }
                });
    }

    private ReportTable.Row row(String township, String village, long[] counts) {
        BigDecimal rate = Reports.percent(counts[1], counts[0]);
        BigDecimal deduction = BigDecimal.valueOf(100).subtract(rate).multiply(properties.deductionPerPoint())
                .setScale(2, RoundingMode.HALF_UP);
        return new ReportTable.Row(township, village, List.of(counts[0], counts[1], counts[2], counts[3], rate,
                deduction));
    }
}
