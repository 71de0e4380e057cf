package org.jobmatch.reports;

import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jobmatch.domain.AssistanceGroup;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The "暖心活动" statistics form in one query. The assisted persons (认定的援助对象) are those of the ledger in a
 * hard-to-employ group, veterans, graduates, and the 4050 group on the period's last day; the employed among them
 * are those employed or in flexible work now. Helped into work: placed here in the period (enterprise and workshop:
 * 企业吸纳; flexible; welfare post) or recorded as having found work (by its channel). Fairs are those held in the
 * period (a county fair, without a township, has its own row, 县本级); posts are the places posted on the vacancies
 * open in the period. Relief is counted in fen and shown in yuan.
 */
@Service
class WarmHeartForm {

    static final String TITLE = "江西省就业援助“暖心活动”情况统计表";
    static final String COUNTY_FAIRS = "县本级";
    static final List<AssistanceGroup> ASSISTED = Stream.concat(AssistanceGroup.HARD_TO_EMPLOY.stream(),
            Stream.of(AssistanceGroup.VETERAN, AssistanceGroup.GRADUATE)).sorted().toList();

    private static final String PERSONS = """
            WITH sv AS (
                SELECT person_id, count(*) FILTER (WHERE kind = 'VISIT') AS visits,
                       count(*) FILTER (WHERE kind = 'TEMPORARY_RELIEF') AS reliefs,
                       coalesce(round(sum(amount) FILTER (WHERE kind = 'TEMPORARY_RELIEF') * 100), 0)::bigint AS relief_fen,
                       bool_or(job_channel = 'ENTERPRISE') AS ent, bool_or(job_channel = 'FLEXIBLE') AS flex,
                       bool_or(job_channel = 'SELF_EMPLOYED') AS self_employed
                FROM services WHERE cancelled_at IS NULL AND served_on BETWEEN :from AND :to GROUP BY person_id),
            pl AS (
                SELECT person_id, bool_or(placement_type IN ('ENTERPRISE', 'WORKSHOP')) AS ent,
                       bool_or(placement_type = 'FLEXIBLE') AS flex, bool_or(placement_type = 'WELFARE_POST') AS welfare
                FROM placements WHERE cancelled_at IS NULL AND placed_on BETWEEN :from AND :to GROUP BY person_id),
            a AS (
                SELECT p.id, p.township, p.village, p.groups, p.employment_status IN ('EMPLOYED', 'FLEXIBLE') AS working,
                       (p.gender = 'F' AND p.birth_date <= CAST(:to AS date) - interval '40 years')
                         OR (p.gender = 'M' AND p.birth_date <= CAST(:to AS date) - interval '50 years') AS g4050,
                       coalesce(sv.visits, 0) AS visits, coalesce(sv.reliefs, 0) AS reliefs,
                       coalesce(sv.relief_fen, 0) AS relief_fen,
                       coalesce(pl.ent, false) OR coalesce(sv.ent, false) AS ent,
                       coalesce(pl.flex, false) OR coalesce(sv.flex, false) AS flex,
                       coalesce(sv.self_employed, false) AS self_employed, coalesce(pl.welfare, false) AS welfare
                FROM persons p LEFT JOIN sv ON sv.person_id = p.id LEFT JOIN pl ON pl.person_id = p.id
                WHERE (CAST(:township AS text) IS NULL OR p.township = :township)),
            assisted AS (SELECT * FROM a WHERE g4050 OR groups && ARRAY[%s]::text[])""";

    private final NamedParameterJdbcTemplate jdbc;

    WarmHeartForm(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ReportTable table(Period period, String township) {
        int n = WarmHeartColumn.values().length;
        Sums.Result sums = Sums.run(jdbc, Sums.query(with(), "" + sums()), params(period, township), n,
                i -> WarmHeartColumn.values()[i - 1].unit());
        return new ReportTable("warm-heart", TITLE, period.from(), period.to(), township,
                Arrays.stream(WarmHeartColumn.values()).map(WarmHeartColumn::column).toList(), sums.rows(),
                sums.total(), Map.of());
    }

    /** The assisted persons behind a figure of a township (or the county, with null). */
    List<String> persons(WarmHeartColumn column, Period period, String township) {
        if (column.fact() != WarmHeartColumn.Fact.PERSON) {
            throw Reports.notPersons(column.key());
        }
        return jdbc.queryForList(persons() + " SELECT id FROM assisted WHERE (" + column.expression(column.fact())
                + ") > 0 ORDER BY township, village, id", params(period, township), String.class);
    }

    static MapSqlParameterSource params(Period period, String township) {
        return new MapSqlParameterSource("from", Date.valueOf(period.from())).addValue("to", Date.valueOf(period.to()))
                .addValue("township", township);
    }

    private static String persons() {
        return PERSONS.formatted(ASSISTED.stream().map(g -> "'" + g.name() + "'").collect(Collectors.joining(", ")));
    }

    private static String with() {
        return persons() + ", facts AS (" + facts(WarmHeartColumn.Fact.PERSON, "township", "assisted")
                + " UNION ALL " + facts(WarmHeartColumn.Fact.FAIR, "coalesce(township, '" + COUNTY_FAIRS + "')", """
                (SELECT township, on_site FROM fairs WHERE held_on BETWEEN :from AND :to
                 AND (CAST(:township AS text) IS NULL OR township = :township)) f""")
                + " UNION ALL " + facts(WarmHeartColumn.Fact.VACANCY, "township", """
                (SELECT township, coalesce(openings_imported, openings) AS places, large_employer FROM vacancies
                 WHERE (valid_until IS NULL OR valid_until >= :from)
                 AND (CAST(:township AS text) IS NULL OR township = :township)) v""") + ")";
    }

    private static String facts(WarmHeartColumn.Fact fact, String township, String from) {
        return "SELECT " + township + " AS township, " + Arrays.stream(WarmHeartColumn.values())
                .map(c -> "(" + c.expression(fact) + ")::bigint AS c" + c.no()).collect(Collectors.joining(", "))
                + " FROM " + from;
    }

    private static String sums() {
        return Arrays.stream(WarmHeartColumn.values()).map(c -> "sum(c" + c.no() + ")::bigint AS c" + c.no())
                .collect(Collectors.joining(", "));
    }
}
