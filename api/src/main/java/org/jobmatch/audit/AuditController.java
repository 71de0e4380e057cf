package org.jobmatch.audit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit log for admins: a page of entries at a time (newest first), or all of them as a spreadsheet. */
@RestController
@Validated
@RequestMapping("/api/v1/admin")
class AuditController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditQuery query;

    AuditController(AuditQuery query) {
        this.query = query;
    }

    /** {@code next}: pass as {@code before} for the following page; null on the last. */
    record Page(List<AuditEntry> entries, Long next) {
    }

    @GetMapping("/audit")
    Page entries(@RequestParam(required = false) @Size(max = 64) String actor,
                 @RequestParam(required = false) @Size(max = 64) String personId,
                 @RequestParam(required = false) AuditAction action,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                 @RequestParam(defaultValue = "9223372036854775807") @Min(1) long before) {
        List<AuditEntry> entries = query.find(new AuditQuery.Filter(actor, personId, action, from, to), limit, before);
        Long next = entries.size() < limit ? null : entries.get(entries.size() - 1).id();
        return new Page(entries, next);
    }

    @GetMapping("/audit.xlsx")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Size(max = 64) String actor,
                                                 @RequestParam(required = false) @Size(max = 64) String personId,
                                                 @RequestParam(required = false) AuditAction action,
                                                 @RequestParam(required = false)
                                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false)
                                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var filter = new AuditQuery.Filter(actor, personId, action, from, to);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-log.xlsx").build().toString())
                .body(out -> AuditWorkbook.write(query, filter, out));
    }
}
