package org.jobmatch.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jobmatch.matching.Recommendation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Records referrals (推荐) in the ledger, with time, channel and operator, for the "131" service records. */
@Repository
public class ReferralLedger {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReferralLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public List<RecordedReferral> record(String personId, List<Recommendation> recommendations,
                                         ReferralChannel channel, String operator, Long batchId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<RecordedReferral> recorded = new ArrayList<>(recommendations.size());
        for (Recommendation r : recommendations) {
            Long id = jdbc.queryForObject("""
                    INSERT INTO referrals (person_id, vacancy_id, rank, score, channel, operator, batch_id, referred_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                    personId, r.vacancyId(), r.rank(), r.score(), channel.name(), operator, batchId,
                    Timestamp.from(now.toInstant()));
            recorded.add(new RecordedReferral(id, r, channel, operator, now));
        }
        return recorded;
    }

    /** Sets a referral's outcome (e.g. INVITED at a job fair), stamped with the current time. */
    public void markOutcome(long referralId, ReferralOutcome outcome) {
        jdbc.update("UPDATE referrals SET outcome = ?, outcome_at = ? WHERE id = ?",
                outcome.name(), Timestamp.from(clock.instant()), referralId);
    }
}
