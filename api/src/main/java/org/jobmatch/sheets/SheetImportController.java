package org.jobmatch.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jobmatch.audit.AuditLog;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spreadsheet imports for staff: upload (the file itself as the body, never a form: a cross-site form cannot send
 * these content types), a preview, column choices, commit with progress, the rejected rows and the templates.
 */
@RestController
@RequestMapping("/api/v1/imports")
class SheetImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportJobs jobs;
    private final SpreadsheetImports imports;
    private final CurrentViewer viewer;
    private final AuditLog audit;
    private final DataSize limit;

    SheetImportController(ImportJobs jobs, SpreadsheetImports imports, CurrentViewer viewer, AuditLog audit,
                          @Value("${jobmatch.import.max-body-size:50MB}") DataSize limit) {
        this.jobs = jobs;
        this.imports = imports;
        this.viewer = viewer;
        this.audit = audit;
        this.limit = limit;
    }

    /** A choice of columns: column letter to field key ("" = ignore), and whether to remember it. */
    record Columns(Map<String, String> columns, boolean remember) {
    }

    @PostMapping(value = "/{kind}", consumes = {"application/octet-stream", "text/csv", "application/vnd.ms-excel", XLSX})
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportJobView upload(@PathVariable String kind, @RequestParam(defaultValue = "") String name,
                         HttpServletRequest request) throws IOException {
        checkKind(kind);
        if (request.getContentLengthLong() > limit.toBytes()) {
            throw LimitedInputStream.tooLarge(limit.toBytes());
        }
        ImportJob job = jobs.upload(Office.of(viewer.get()), kind, name.strip(), request.getInputStream(),
                limit.toBytes());
        return job.view(imports.fields(kind));
    }

    @GetMapping("/{id}")
    ImportJobView get(@PathVariable String id) {
        ImportJob job = own(id);
        return job.view(imports.fields(job.kind));
    }

    @PutMapping("/{id}/columns")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportJobView columns(@PathVariable String id, @RequestBody Columns body) {
        ImportJob job = own(id);
        Map<String, String> chosen = body.columns() == null ? Map.of() : body.columns();
        List<String> keys = imports.fields(job.kind).stream().map(SpreadsheetImports.FieldChoice::key).toList();
        chosen.forEach((letter, field) -> {
            if (!letter.matches("[A-Z]{1,3}") || field != null && !field.isEmpty() && !keys.contains(field)) {
                throw ApiException.badRequest("invalid-field", "列或字段无效", "unknown column or field");
            }
        });
        if (body.remember() && job.preview() != null) {
            imports.remember(job.office, job.kind, job.preview(), chosen);
        }
        jobs.analyse(job, chosen);
        return job.view(imports.fields(job.kind));
    }

    @PostMapping("/{id}/commit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportJobView commit(@PathVariable String id) {
        ImportJob job = own(id);
        jobs.commit(job);
        return job.view(imports.fields(job.kind));
    }

    /** The rejected rows with their reasons, written down in the audit log first (they hold names). */
    @GetMapping("/{id}/rejected.xlsx")
    ResponseEntity<byte[]> rejected(@PathVariable String id) throws IOException {
        ImportJob job = own(id);
        SheetRun run = job.latest();
        if (run == null || job.state() == ImportJob.State.ANALYSING || job.state() == ImportJob.State.IMPORTING) {
            throw ApiException.conflict("import-not-ready", "文件还在处理中", "the upload is being processed");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> ids = imports.writeRejected(job.file, run, out);
        if (job.kind.equals("persons")) {
            audit.exported("导入被拒绝的行：" + job.fileName, ids);
        }
        return workbook(out.toByteArray(), "被拒绝的行-" + job.fileName.replaceAll("\\.[^.]*$", "") + ".xlsx");
    }

    @GetMapping("/templates/{kind}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String kind) throws IOException {
        checkKind(kind);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeTemplate(kind, out);
        return workbook(out.toByteArray(), imports.label(kind) + "台账模板.xlsx");
    }

    private ImportJob own(String id) {
        return jobs.get(id, viewer.get().username());
    }

    private void checkKind(String kind) {
        if (!imports.isKind(kind)) {
            throw ApiException.badRequest("invalid-parameter", "导入类型应为 persons、vacancies 或 services",
                    "kind must be persons, vacancies or services");
        }
    }

    private static ResponseEntity<byte[]> workbook(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(bytes);
    }
}
