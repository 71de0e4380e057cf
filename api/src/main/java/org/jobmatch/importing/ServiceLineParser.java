package org.jobmatch.importing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.jobmatch.services.JobChannel;
import org.jobmatch.services.ServiceChannel;
import org.jobmatch.services.ServiceChecks;
import org.jobmatch.services.ServiceKind;

/**
 * Validates one service line ({@code {"id","personId","kind","date","channel","operator","note","course","amount",
 * "jobChannel"}}) by the same rules as a service recorded through the API.
 */
final class ServiceLineParser implements LineParser<ServiceRow> {

    private final Clock clock;

    ServiceLineParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ServiceRow parse(JsonFields f) {
        ServiceKind kind = f.requiredEnum("kind", ServiceKind.class);
        LocalDate date = f.optionalDate("date").orElseThrow(() -> f.missing("date"));
        String course = f.optionalString("course", 200).orElse(null);
        BigDecimal amount = f.optionalNumber("amount", 0, 1_000_000).map(BigDecimal::valueOf).orElse(null);
        JobChannel jobChannel = f.optionalEnum("jobChannel", JobChannel.class).orElse(null);
        ServiceChecks.firstProblem(kind, date, course, amount, jobChannel, LocalDate.now(clock)).ifPresent(p -> {
            throw f.invalid(p.field(), p.reasonZh(), p.reasonEn());
        });
        return new ServiceRow(f.requiredString("id", 64), f.requiredString("personId", 64), kind, date,
                f.optionalEnum("channel", ServiceChannel.class).orElse(ServiceChannel.COUNTER),
                f.optionalString("operator", 100).orElse(null), f.optionalString("note", 500).orElse(null), course,
                amount, jobChannel);
    }
}
