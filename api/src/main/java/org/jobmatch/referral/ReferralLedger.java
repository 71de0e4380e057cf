package org.jobmatch.referral;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.matching.Recommendation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records referrals (推荐) in the ledger, with time, channel and operator, for the "131" service records. A
 * referral is recorded once per person, vacancy and day: the same one again returns what was recorded.
 */
@Repository
public class ReferralLedger {

    private static final String INSERT = """
            INSERT INTO referrals (person_id, vacancy_id, rank, score, channel, operator, batch_id, referred_at,
                                   referred_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id, vacancy_id, referred_on) WHERE repeat_of IS NULL DO NOTHING
            RETURNING id""";
    private static final String EXISTING = """
            SELECT id, channel, operator, referred_at FROM referrals
            WHERE person_id = ? AND vacancy_id = ? AND referred_on = ? AND repeat_of IS NULL""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReferralLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The referrals, in the order given; each either recorded now or as recorded earlier the same day. */
    @Transactional
    public List<RecordedReferral> record(String personId, List<Recommendation> recommendations,
                                         ReferralChannel channel, String operator, Long batchId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        Map<String, RecordedReferral> recorded = new HashMap<>();
        // in one order of vacancies, so that concurrent requests for one person queue up instead of deadlocking
        recommendations.stream().sorted(Comparator.comparing(Recommendation::vacancyId)).forEach(r ->
                recorded.put(r.vacancyId(), recordOne(personId, r, channel, operator, batchId, now, today)));
        return recommendations.stream().map(r -> recorded.get(r.vacancyId())).toList();
    }

    private RecordedReferral recordOne(String personId, Recommendation r, ReferralChannel channel, String operator,
                                       Long batchId, OffsetDateTime now, LocalDate today) {
        List<Long> inserted = jdbc.queryForList(INSERT, Long.class, personId, r.vacancyId(), r.rank(), r.score(),
                channel.name(), operator, batchId, Timestamp.from(now.toInstant()), Date.valueOf(today));
        if (!inserted.isEmpty()) {
            return new RecordedReferral(inserted.get(0), r, channel, operator, now);
        }
        return jdbc.queryForObject(EXISTING, (rs, n) -> new RecordedReferral(rs.getLong("id"), r,
                ReferralChannel.valueOf(rs.getString("channel")), rs.getString("operator"),
                rs.getTimestamp("referred_at").toInstant().atZone(clock.getZone()).toOffsetDateTime()), personId, r.vacancyId(),
                Date.valueOf(today));
    }

    /** Sets a referral's outcome (e.g. INVITED at a job fair), stamped with the current time. */
    public void markOutcome(long referralId, ReferralOutcome outcome) {
        markOutcome(referralId, outcome, null);
    }

    /** As {@link #markOutcome(long, ReferralOutcome)}, with why (a refusal's reason). */
    public void markOutcome(long referralId, ReferralOutcome outcome, String reason) {
        jdbc.update("UPDATE referrals SET outcome = ?, outcome_at = ?, outcome_reason = ? WHERE id = ?",
                outcome.name(), Timestamp.from(clock.instant()), reason, referralId);
    }
}
