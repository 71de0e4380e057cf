package org.jobmatch.services;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jobmatch.web.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zero-employment families (零就业家庭): a household with a working-age member (18–60) out of work and wanting it,
 * and none of its working-age members employed (in flexible work counts as employed). Found again on every read
 * and each minute: a case opens with the day it was found and closes when a member is placed (or works), or is
 * ended by staff with a reason.
 */
@Service
public class ZeroEmploymentCases {

    static final int MIN_AGE = 18;
    static final int MAX_AGE = 60;

    private static final String HOUSEHOLDS = """
            SELECT household_id, min(township) AS township, min(village) AS village FROM persons
            WHERE household_id IS NOT NULL AND birth_date > ?::date - make_interval(years => %d)
              AND birth_date <= ?::date - make_interval(years => %d)
            GROUP BY household_id
            HAVING bool_or(employment_status = 'UNEMPLOYED')
               AND NOT bool_or(employment_status IN ('EMPLOYED', 'FLEXIBLE'))""".formatted(MAX_AGE + 1, MIN_AGE);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ZeroEmploymentCases(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens the cases of households found now, closes those no longer zero-employment. */
    @Transactional
    @Scheduled(fixedDelayString = "${jobmatch.services.zero-employment-check:1m}", initialDelay = 30_000)
    public void refresh() {
        Date today = Date.valueOf(LocalDate.now(clock));
        jdbc.update("INSERT INTO zero_employment_cases (household_id, township, village, opened_on) "
                + "SELECT z.household_id, z.township, z.village, ? FROM (" + HOUSEHOLDS + ") z "
                + "ON CONFLICT (household_id) WHERE closed_on IS NULL DO NOTHING", today, today, today);
        jdbc.update("""
                UPDATE zero_employment_cases c SET closed_on = ?,
                    closed_how = CASE WHEN EXISTS (SELECT 1 FROM placements p JOIN persons m ON m.id = p.person_id
                                 WHERE m.household_id = c.household_id AND p.cancelled_at IS NULL
                                   AND p.placed_on >= c.opened_on) THEN 'PLACED' ELSE 'EMPLOYED' END
                WHERE c.closed_on IS NULL AND c.household_id NOT IN (SELECT household_id FROM (""" + HOUSEHOLDS
                + ") z)", today, today, today);
    }

    /** Ends an open case with a reason (moved away, no longer able to work ...). */
    @Transactional
    public void end(long caseId, String reason, String by) {
        int ended = jdbc.update("""
                UPDATE zero_employment_cases SET closed_on = ?, closed_how = 'ENDED', closed_note = ?, closed_by = ?
                WHERE id = ? AND closed_on IS NULL""", Date.valueOf(LocalDate.now(clock)), reason, by, caseId);
        if (ended == 0) {
            throw ApiException.notFound("case", String.valueOf(caseId));
        }
    }

    /** The township of a case, for the viewer's scope. */
    String townshipOf(long caseId) {
        List<String> townships = jdbc.queryForList("SELECT township FROM zero_employment_cases WHERE id = ?",
                String.class, caseId);
        if (townships.isEmpty()) {
            throw ApiException.notFound("case", String.valueOf(caseId));
        }
        return townships.get(0);
    }

    static long ageDays(LocalDate openedOn, LocalDate closedOn, LocalDate today) {
        return ChronoUnit.DAYS.between(openedOn, closedOn == null ? today : closedOn);
    }
}
