package org.jobmatch.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jobmatch.matching.Recommendation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes finished persons: their progress rows and their referrals in one statement, so a person is done
 * exactly when their referrals exist. Only rows still PENDING are taken, so a person is never recorded twice;
 * a referral already recorded the same day (at the counter, say) is not recorded again.
 */
@Component
class ProgressWriter {

    private static final String SQL = """
            WITH done AS (
                UPDATE batch_persons bp
                SET state = d.state, result = d.result, score_given_up = d.given_up, cap_relaxed = d.relaxed,
                    finished_at = ?
                FROM unnest(?::varchar[], ?::varchar[], ?::text[], ?::float8[], ?::bool[])
                     AS d(person_id, state, result, given_up, relaxed)
                WHERE bp.batch_id = ? AND bp.person_id = d.person_id AND bp.state = 'PENDING'
                RETURNING bp.person_id)
            INSERT INTO referrals (person_id, vacancy_id, rank, score, channel, operator, batch_id, referred_at,
                                   referred_on)
            SELECT r.person_id, r.vacancy_id, r.rank, r.score, 'BATCH', ?, ?, ?, ?
            FROM unnest(?::varchar[], ?::varchar[], ?::int[], ?::float8[]) AS r(person_id, vacancy_id, rank, score)
            JOIN done USING (person_id)
            ON CONFLICT (person_id, vacancy_id, referred_on) WHERE repeat_of IS NULL DO NOTHING""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProgressWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records {@code persons} of batch {@code id}; returns how many referrals were written. */
    int write(long id, String operator, List<CompletedPerson> persons) {
        Timestamp now = Timestamp.from(clock.instant());
        Date today = Date.valueOf(LocalDate.now(clock));
        return jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                bind(ps, c, id, operator, now, today, persons);
                return ps.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, Connection c, long id, String operator, Timestamp now, Date today,
                             List<CompletedPerson> persons) throws SQLException {
        int n = persons.size();
        Object[] ids = new Object[n];
        Object[] states = new Object[n];
        Object[] results = new Object[n];
        Object[] givenUp = new Object[n];
        Object[] relaxed = new Object[n];
        List<Object> refPersons = new ArrayList<>();
        List<Object> refVacancies = new ArrayList<>();
        List<Object> refRanks = new ArrayList<>();
        List<Object> refScores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CompletedPerson p = persons.get(i);
            ids[i] = p.personId();
            states[i] = p.failed() ? "FAILED" : "DONE";
            results[i] = p.resultLine();
            givenUp[i] = p.scoreGivenUp();
            relaxed[i] = p.capRelaxed();
            for (Recommendation r : p.referrals()) {
                refPersons.add(p.personId());
                refVacancies.add(r.vacancyId());
                refRanks.add(r.rank());
                refScores.add(r.score());
            }
        }
        ps.setTimestamp(1, now);
        ps.setArray(2, c.createArrayOf("varchar", ids));
        ps.setArray(3, c.createArrayOf("varchar", states));
        ps.setArray(4, c.createArrayOf("text", results));
        ps.setArray(5, c.createArrayOf("float8", givenUp));
        ps.setArray(6, c.createArrayOf("bool", relaxed));
        ps.setLong(7, id);
        ps.setString(8, operator);
        ps.setLong(9, id);
        ps.setTimestamp(10, now);
        ps.setDate(11, today);
        ps.setArray(12, c.createArrayOf("varchar", refPersons.toArray()));
        ps.setArray(13, c.createArrayOf("varchar", refVacancies.toArray()));
        ps.setArray(14, c.createArrayOf("int4", refRanks.toArray()));
        ps.setArray(15, c.createArrayOf("float8", refScores.toArray()));
    }
}
