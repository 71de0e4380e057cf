package org.jobmatch.batch;

import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jobmatch.audit.AuditLog;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.security.Viewer;
import org.jobmatch.web.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Validated
@RequestMapping("/api/v1/batches")
class BatchController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BatchService batches;
    private final BatchResults results;
    private final CurrentViewer viewer;
    private final AuditLog audit;

    BatchController(BatchService batches, BatchResults results, CurrentViewer viewer, AuditLog audit) {
        this.batches = batches;
        this.results = results;
        this.viewer = viewer;
        this.audit = audit;
    }

    /** Optional body: township, groups (any of), who started the run, and the fair-spread cap K for it. */
    record StartRequest(@Size(max = 100) String township, @Size(max = 20) Set<@Size(max = 100) String> groups,
                        @Size(max = 100) String operator,
                        @Min(1) @Max(1000) Integer referralsPerOpening) {
    }

    @PostMapping
    ResponseEntity<Map<String, String>> start(@RequestBody(required = false) @Valid StartRequest request) {
        StartRequest r = request == null ? new StartRequest(null, null, null, null) : request;
        Viewer v = viewer.get();
        BatchView view = batches.start(BatchFilter.of(v.scope(r.township()), r.groups()), v.operator(r.operator()),
                r.referralsPerOpening());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(java.net.URI.create("/api/v1/batches/" + view.id()))
                .body(Map.of("id", view.id()));
    }

    @GetMapping("/{id}")
    BatchView status(@PathVariable String id) {
        return batch(id);
    }

    @GetMapping(value = "/{id}/results", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> ndjson(@PathVariable String id) {
        long batchId = batch(id).numericId();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson;charset=UTF-8"))
                .body(out -> results.writeNdjson(batchId, out));
    }

    @GetMapping("/{id}/results.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String id) {
        BatchView view = batch(id);
        String file = "batch-" + view.id() + ".xlsx";
        audit.exported("批量推荐 " + view.id() + " 结果表", batches.personIds(view.numericId()));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(out -> batches.writeWorkbook(view.numericId(), out));
    }

    private BatchView batch(String id) {
        BatchView view;
        try {
            view = batches.find(Long.parseLong(id)).orElseThrow(() -> ApiException.notFound("batch", id));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("batch", id);
        }
        viewer.get().checkTownship(view.township());
        return view;
    }
}
