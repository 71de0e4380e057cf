package org.jobmatch.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A placement as the API shows it, with the vacancy's openings left after it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementView(long id, String personId, String vacancyId, LocalDate date, String placementType,
                            String channel, String operator, Long referralId, OffsetDateTime createdAt,
                            OffsetDateTime cancelledAt, int openingsLeft) {
}
