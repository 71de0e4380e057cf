package org.jobmatch.services;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jobmatch.security.CurrentViewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Services given to a person (政策宣讲, 职业指导, 培训, 走访慰问, 临时救助 …), their "131" status and the due list. */
@RestController
@Validated
class ServiceController {

    private final ServiceRecords records;
    private final FollowUps followUps;
    private final CurrentViewer viewer;
    private final Clock clock;

    ServiceController(ServiceRecords records, FollowUps followUps, CurrentViewer viewer, Clock clock) {
        this.records = records;
        this.followUps = followUps;
        this.viewer = viewer;
        this.clock = clock;
    }

    record NewService(@NotNull ServiceKind kind, LocalDate date, ServiceChannel channel,
                      @Size(max = 100) String operator, @Size(max = 500) String note, @Size(max = 200) String course,
                      BigDecimal amount, JobChannel jobChannel) {
    }

    @GetMapping("/api/v1/persons/{id}/services")
    ServiceRecords.History history(@PathVariable String id,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return records.history(id, from, to);
    }

    @PostMapping("/api/v1/persons/{id}/services")
    ResponseEntity<ServiceEntry> record(@PathVariable String id, @Valid @RequestBody NewService body) {
        ServiceEntry entry = records.record(id, new ServiceRecords.Request(body.kind(), body.date(), body.channel(),
                body.operator(), body.note(), body.course(), body.amount(), body.jobChannel()));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/services")).body(entry);
    }

    /** Voids a service recorded by mistake; the ledger keeps it, marked cancelled. */
    @DeleteMapping("/api/v1/services/{serviceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable long serviceId) {
        records.cancel(serviceId);
    }

    /** Who is due for a follow-up by the end of the month (this month by default), in the township and village. */
    @GetMapping("/api/v1/follow-ups")
    FollowUps.DueList due(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                          @RequestParam(required = false) @Size(max = 100) String township,
                          @RequestParam(required = false) @Size(max = 100) String village) {
        return followUps.due(month == null ? YearMonth.now(clock) : month, viewer.get().scope(township), village);
    }
}
