package org.jobmatch.overview;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import org.jobmatch.security.CurrentViewer;
import org.jobmatch.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Aggregates for the staff overview page; township staff see their own township's row only. */
@RestController
class OverviewController {

    private final JdbcTemplate jdbc;
    private final CurrentViewer viewer;
    private final Clock clock;

    OverviewController(JdbcTemplate jdbc, CurrentViewer viewer, Clock clock) {
        this.jdbc = jdbc;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GetMapping("/api/v1/overview/townships")
    TownshipOverview townships() {
        LocalDate today = LocalDate.now(clock);
        var rows = jdbc.query("""
                WITH v AS (SELECT township, count(*) AS vacancies, sum(openings) AS openings FROM vacancies
                           WHERE openings > 0 AND (valid_until IS NULL OR valid_until >= ?) GROUP BY township),
                     p AS (SELECT township, count(*) FILTER (WHERE employment_status = 'UNEMPLOYED') AS unemployed,
                                  count(*) FILTER (WHERE employment_status = 'FLEXIBLE') AS flexible
                           FROM persons GROUP BY township)
                SELECT coalesce(v.township, p.township) AS township, coalesce(v.vacancies, 0) AS vacancies,
                       coalesce(v.openings, 0) AS openings, coalesce(p.unemployed, 0) AS unemployed,
                       coalesce(p.flexible, 0) AS flexible
                FROM v FULL OUTER JOIN p ON p.township = v.township
                ORDER BY coalesce(v.openings, 0) + coalesce(p.unemployed, 0) DESC, 1""",
                (rs, n) -> new TownshipOverview.Township(rs.getString("township"), rs.getInt("vacancies"),
                        rs.getInt("openings"), rs.getInt("unemployed"), rs.getInt("flexible")),
                Date.valueOf(today));
        Viewer who = viewer.get();
        return TownshipOverview.of(today, rows.stream().filter(t -> who.maySee(t.township())).toList());
    }
}
