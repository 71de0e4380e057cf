package org.jobmatch.placement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jobmatch.referral.ReferralChannel;
import org.jobmatch.security.Viewer;

/** The contract's placement body; {@code date} defaults to today, {@code channel} to the counter. */
public record PlacementRequest(@NotBlank @Size(max = 64) String personId, @NotBlank @Size(max = 64) String vacancyId,
                               LocalDate date, ReferralChannel channel, @Size(max = 100) String operator) {

    /** The request as made by {@code viewer}, who is recorded as its operator. */
    PlacementRequest by(Viewer viewer) {
        return new PlacementRequest(personId, vacancyId, date, channel, viewer.operator(operator));
    }

    PlacementRequest withDefaults(LocalDate today) {
        return new PlacementRequest(personId, vacancyId, date == null ? today : date,
                channel == null ? ReferralChannel.COUNTER : channel, operator);
    }
}
