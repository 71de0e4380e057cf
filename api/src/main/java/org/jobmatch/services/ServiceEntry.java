package org.jobmatch.services;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a person's service history: a service recorded here, a referral or a placement. {@code id} is the
 * service's (or referral's, placement's) own; {@code cancellable} only for services, which a mistake may void.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceEntry(String source, long id, ServiceKind kind, String kindLabel, LocalDate date, String channel,
                           String operator, String note, String course, BigDecimal amount, String jobChannel,
                           String vacancyId, String vacancyTitle, String employer, String outcome,
                           String outcomeReason, boolean cancellable) {
}
