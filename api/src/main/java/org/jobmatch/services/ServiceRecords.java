package org.jobmatch.services;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jobmatch.domain.Person;
import org.jobmatch.person.Persons;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.security.Viewer;
import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Services recorded one by one, a person's service history and "131" status, for the viewer's township. */
@Service
public class ServiceRecords {

    private final ServiceLedger ledger;
    private final Persons persons;
    private final CurrentViewer viewer;
    private final ServiceProperties properties;
    private final Clock clock;

    ServiceRecords(ServiceLedger ledger, Persons persons, CurrentViewer viewer, ServiceProperties properties,
                   Clock clock) {
        this.ledger = ledger;
        this.persons = persons;
        this.viewer = viewer;
        this.properties = properties;
        this.clock = clock;
    }

    /** A service to record; {@code date} defaults to today, {@code channel} to the counter. */
    public record Request(ServiceKind kind, LocalDate date, ServiceChannel channel, String operator, String note,
                          String course, BigDecimal amount, JobChannel jobChannel) {
    }

    public record History(String personId, String scheme, LocalDate from, LocalDate to, Coverage coverage,
                          LocalDate lastContact, LocalDate nextFollowUp, List<ServiceEntry> entries) {
    }

    public ServiceEntry record(String personId, Request r) {
        Person person = persons.visible(personId);
        LocalDate date = checked(r);
        Viewer who = viewer.get();
        long id = ledger.record(new ServiceLedger.NewService(person.id(), r.kind(), date,
                r.channel() == null ? ServiceChannel.COUNTER : r.channel(), who.operator(r.operator()), r.note(),
                r.course(), r.amount(), r.jobChannel(), who.username()));
        return ledger.history(person.id()).stream().filter(e -> e.cancellable() && e.id() == id).findFirst()
                .orElseThrow();
    }

    public void cancel(long serviceId) {
        String personId = ledger.personOf(serviceId)
                .orElseThrow(() -> ApiException.notFound("service", String.valueOf(serviceId)));
        persons.visible(personId);
        ledger.cancel(serviceId, viewer.get().username());
    }

    /** Everything given to the person, newest first, and their "131" of the period (default: this year so far). */
    public History history(String personId, LocalDate from, LocalDate to) {
        Person person = persons.visible(personId);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw ApiException.badRequest("invalid-period", "开始日期晚于结束日期", "from is after to");
        }
        List<ServiceEntry> entries = ledger.history(person.id());
        LocalDate last = entries.isEmpty() ? null : entries.get(0).date();
        CoverageScheme scheme = properties.coverageScheme();
        return new History(person.id(), scheme.name(), start, end,
                scheme.evaluate(ledger.counts(person.id(), start, end)), last,
                last == null ? today : Cadence.of(properties).dueOn(person.employmentStatus(), last, today), entries);
    }

    private LocalDate checked(Request r) {
        LocalDate today = LocalDate.now(clock);
        ServiceChecks.firstProblem(r.kind(), r.date(), r.course(), r.amount(), r.jobChannel(), today)
                .ifPresent(p -> {
                    throw new ApiException(HttpStatus.BAD_REQUEST, p.code(), p.reasonZh(), p.reasonEn());
                });
        return r.date() == null ? today : r.date();
    }
}
