package org.jobmatch.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jobmatch.services.JobChannel;
import org.jobmatch.services.ServiceChannel;
import org.jobmatch.services.ServiceKind;

/** A service line of an import, validated (public: the spreadsheet preview shows it). */
public record ServiceRow(String id, String personId, ServiceKind kind, LocalDate date, ServiceChannel channel,
                  String operator, String note, String course, BigDecimal amount, JobChannel jobChannel) {
}
