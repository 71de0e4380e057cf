package org.jobmatch.placement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jobmatch.referral.ReferralChannel;

/** The contract's placement body; {@code date} defaults to today, {@code channel} to the counter. */
public record PlacementRequest(@NotBlank @Size(max = 64) String personId, @NotBlank @Size(max = 64) String vacancyId,
                               LocalDate date, ReferralChannel channel, @Size(max = 100) String operator) {

    PlacementRequest withDefaults(LocalDate today) {
        return new PlacementRequest(personId, vacancyId, date == null ? today : date,
                channel == null ? ReferralChannel.COUNTER : channel, operator);
    }
}
