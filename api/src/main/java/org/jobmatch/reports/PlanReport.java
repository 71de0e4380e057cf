package org.jobmatch.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jobmatch.domain.AssistanceGroup;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The plan table (海门 2021): for each measure a township's target of the year, what it did in the period (one
 * aggregate query, totalled by the database) and the share reached. The period lies within one year.
 */
@Service
class PlanReport {

    static final String TITLE = "就业困难重点群体帮扶计划完成情况表";
    private static final String PERSONS = """
            WITH tr AS (SELECT person_id, count(*) AS trainings FROM services WHERE cancelled_at IS NULL
                        AND kind = 'TRAINING' AND served_on BETWEEN :from AND :to GROUP BY person_id),
            wk AS (SELECT person_id FROM placements WHERE cancelled_at IS NULL AND placed_on BETWEEN :from AND :to
                   UNION SELECT person_id FROM services WHERE cancelled_at IS NULL AND kind = 'JOB_FOUND'
                   AND served_on BETWEEN :from AND :to),
            a AS (SELECT p.id, p.township, p.village, p.groups, coalesce(tr.trainings, 0) AS trainings,
                         p.groups && ARRAY[%s]::text[] AS hard, p.id IN (SELECT person_id FROM wk) AS found_work
                  FROM persons p LEFT JOIN tr ON tr.person_id = p.id
                  WHERE (CAST(:township AS text) IS NULL OR p.township = :township))""".formatted(
            AssistanceGroup.HARD_TO_EMPLOY.stream().map(g -> "'" + g.name() + "'").collect(Collectors.joining(", ")));

    private final NamedParameterJdbcTemplate jdbc;
    private final TownshipTargets targets;

    PlanReport(NamedParameterJdbcTemplate jdbc, TownshipTargets targets) {
        this.jdbc = jdbc;
        this.targets = targets;
    }

    ReportTable table(Period period, String township) {
        int year = period.year();
        PlanMeasure[] measures = PlanMeasure.values();
        Sums.Result actual = Sums.run(jdbc, Sums.query(with(), sums()), WarmHeartForm.params(period, township),
                measures.length, i -> measures[i - 1].unit());
        Map<String, Map<PlanMeasure, Integer>> planned = targets.of(year, township);
        Map<String, ReportTable.Row> done = new TreeMap<>();
        actual.rows().forEach(r -> done.put(r.township(), r));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String name : new TreeSet<>(union(planned.keySet(), done.keySet()))) {
            rows.add(row(name, planned.getOrDefault(name, Map.of()), done.get(name)));
        }
        Map<PlanMeasure, Integer> county = new TreeMap<>();
        planned.values().forEach(t -> t.forEach((m, n) -> county.merge(m, n, Integer::sum)));
        List<ReportTable.Column> columns = new ArrayList<>();
        for (PlanMeasure m : measures) {
            int at = columns.size();
            columns.add(new ReportTable.Column(m.key() + "-target", at + 1, "计划", m.label(), m.unit().label(), false));
            columns.add(new ReportTable.Column(m.key(), at + 2, "完成", m.label(), m.unit().label(), m.persons()));
            columns.add(new ReportTable.Column(m.key() + "-share", at + 3, "完成率", m.label(), Unit.PERCENT.label(),
                    false));
        }
        return new ReportTable("plan", period.year() + " 年" + TITLE, period.from(), period.to(), township, columns,
                rows, row(Sums.COUNTY, county, actual.total()), Map.of("year", year));
    }

    /** The persons behind a measure's actual figure. */
    List<String> persons(PlanMeasure measure, Period period, String township) {
        if (!measure.persons()) {
            throw Reports.notPersons(measure.key());
        }
        period.year();
        return jdbc.queryForList(PERSONS + " SELECT id FROM a WHERE (" + measure.expression(true)
                + ") > 0 ORDER BY township, village, id", WarmHeartForm.params(period, township), String.class);
    }

    private static ReportTable.Row row(String township, Map<PlanMeasure, Integer> planned, ReportTable.Row done) {
        List<Number> values = new ArrayList<>();
        for (PlanMeasure m : PlanMeasure.values()) {
            Integer target = planned.get(m);
            long actual = done == null ? 0 : done.values().get(m.ordinal()).longValue();
            values.add(target);
            values.add(actual);
            values.add(target == null || target == 0 ? null : Reports.percent(actual, target));
        }
        return new ReportTable.Row(township, null, values);
    }

    private static String with() {
        return PERSONS + ", facts AS (" + facts(true, "a") + " UNION ALL " + facts(false, """
                (SELECT township, coalesce(openings_imported, openings) AS places FROM vacancies
                 WHERE source = 'WELFARE_POST' AND (valid_until IS NULL OR valid_until >= :from)
                 AND (CAST(:township AS text) IS NULL OR township = :township)) v""") + ")";
    }

    private static String facts(boolean persons, String from) {
        return "SELECT township, " + Arrays.stream(PlanMeasure.values()).map(m -> "(" + m.expression(persons)
                + ")::bigint AS c" + (m.ordinal() + 1)).collect(Collectors.joining(", ")) + " FROM " + from;
    }

    private static String sums() {
        return Arrays.stream(PlanMeasure.values()).map(m -> "sum(c" + (m.ordinal() + 1) + ")::bigint AS c"
                + (m.ordinal() + 1)).collect(Collectors.joining(", "));
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
