package org.jobmatch.referral;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jobmatch.matching.Recommendation;

/** A recommendation as recorded in the ledger: the contract's fields plus the referral's id and time. */
public record RecordedReferral(long referralId, @JsonUnwrapped Recommendation recommendation,
                               ReferralChannel channel, String operator, OffsetDateTime referredAt) {
}
