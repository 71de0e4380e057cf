package org.jobmatch.fair;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person invited at a fair to an interview for one vacancy; the referral records it in the ledger. */
record Invitation(long fairId, String personId, String vacancyId, long referralId, String outcome,
                  OffsetDateTime invitedAt) {

    /** The body of an invitation request; {@code operator} is the staff member at the fair. */
    record Request(@NotBlank String personId,
                   @NotBlank String vacancyId,
                   @Size(max = 100) String operator) {
    }
}
