package org.jobmatch.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jobmatch.security.CurrentViewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The township forms (暖心活动, plan, "131" coverage, zero-employment families) for a period, as JSON and as Excel
 * laid out like the form, and the persons behind each figure. Township staff get their own township only.
 */
@RestController
@Validated
class ReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TownshipReports reports;
    private final CurrentViewer viewer;
    private final Clock clock;

    ReportController(TownshipReports reports, CurrentViewer viewer, Clock clock) {
        this.reports = reports;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/{report}")
    ReportTable table(@PathVariable Report report,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) @Size(max = 100) String township) {
        return reports.table(report, period(report, from, to), viewer.get().scope(township));
    }

    @GetMapping("/api/v1/reports/{report}.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable Report report,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) @Size(max = 100) String township) throws IOException {
        ReportTable table = reports.table(report, period(report, from, to), viewer.get().scope(township));
        byte[] workbook = ReportWorkbook.write(table);
        String file = (table.title() + "-" + (table.township() == null ? "全县" : table.township()) + "-"
                + table.from() + "至" + table.to()).replaceAll("[\\\\/:*?\"<>|\\s“”]+", "_") + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(out -> out.write(workbook));
    }

    /** The persons behind one figure: a column of a township's (and village's) row, or of the county's. */
    @GetMapping("/api/v1/reports/{report}/persons")
    DrillDown.PersonList persons(@PathVariable Report report,
                      @RequestParam @NotBlank @Size(max = 60) String column,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) @Size(max = 100) String township,
                      @RequestParam(required = false) @Size(max = 100) String village,
                      @RequestParam(defaultValue = "500") @Min(1) @Max(2000) int limit) {
        String scope = viewer.get().scope(township);
        String inVillage = village == null || village.isBlank() ? null : village.strip();
        return reports.persons(report, column.strip(), period(report, from, to), scope, inVillage, limit);
    }

    private Period period(Report report, LocalDate from, LocalDate to) {
        Period period = Period.of(from, to, LocalDate.now(clock));
        if (report == Report.PLAN) {
            period.year();
        }
        return period;
    }
}
