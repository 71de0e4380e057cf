package org.jobmatch.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jobmatch.domain.Ages;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Masking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The persons behind a figure, as staff may see them: ID number and phone masked as everywhere (the full ones only
 * through a person's page, "reveal", which is audited); age, not birth date.
 */
@Service
class DrillDown {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PersonLine(String id, String name, String idNumber, String gender, int age, String phone, String township,
                      String village, List<String> groups, String employmentStatus, String detail) {
    }

    record PersonList(String report, String column, String township, String village, LocalDate from, LocalDate to,
                      int total, boolean truncated, List<PersonLine> persons) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DrillDown(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first {@code limit} of the hits (in the village, when given), in their order. */
    PersonList list(String report, String column, Period period, String township, String village,
                    List<Reports.Hit> hits, int limit) {
        Map<String, String> details = new HashMap<>();
        hits.forEach(h -> details.put(h.personId(), h.detail()));
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("ids",
                hits.stream().map(Reports.Hit::personId).toArray(String[]::new)).addValue("village", village)
                .addValue("limit", limit);
        String where = " FROM persons WHERE id = ANY (:ids) AND (CAST(:village AS text) IS NULL OR village = :village)";
        int total = jdbc.queryForObject("SELECT count(*)" + where, params, Integer.class);
        List<PersonLine> persons = jdbc.query("""
                SELECT id, name, id_number, gender, birth_date, phone, township, village, groups, employment_status"""
                + where + " ORDER BY township, village, id LIMIT :limit", params, (rs, n) -> new PersonLine(
                rs.getString("id"), rs.getString("name"), Masking.idNumber(rs.getString("id_number")),
                rs.getString("gender"), Ages.ageOn(rs.getDate("birth_date").toLocalDate(), today),
                Masking.phone(rs.getString("phone")), rs.getString("township"), rs.getString("village"),
                groups((String[]) rs.getArray("groups").getArray()), rs.getString("employment_status"),
                details.get(rs.getString("id"))));
        return new PersonList(report, column, township, village, period.from(), period.to(), total,
                total > persons.size(), persons);
    }

    static List<Reports.Hit> hits(List<String> ids) {
        return ids.stream().map(id -> new Reports.Hit(id, null)).toList();
    }

    private static List<String> groups(String[] names) {
        return java.util.Arrays.stream(names).map(g -> AssistanceGroup.valueOf(g).label()).toList();
    }
}
