package org.jobmatch.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.security.Viewer;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan table's targets: read, typed in on the page (JSON), or imported (NDJSON, one target a line). */
@RestController
@Validated
class TargetController {

    private final TownshipTargets targets;
    private final TargetImport imports;
    private final CurrentViewer viewer;
    private final Clock clock;

    TargetController(TownshipTargets targets, TargetImport imports, CurrentViewer viewer, Clock clock) {
        this.targets = targets;
        this.imports = imports;
        this.viewer = viewer;
        this.clock = clock;
    }

    record TargetBody(@Min(2000) @Max(2100) int year, @NotBlank @Size(max = 100) String township,
                      @NotBlank @Size(max = 40) String measure, @Min(0) @Max(10_000_000) int target) {
    }

    /** Targets typed in: {@code {"targets": [{"year", "township", "measure", "target"} …]}}. */
    record Targets(@NotNull @Size(max = 1000) List<@Valid TargetBody> targets) {
    }

    record Saved(int stored) {
    }

    @GetMapping("/api/v1/reports/plan/targets")
    List<TownshipTargets.Target> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                      @RequestParam(required = false) @Size(max = 100) String township) {
        int of = year == null ? LocalDate.now(clock).getYear() : year;
        return targets.list(of, viewer.get().scope(township));
    }

    @PutMapping("/api/v1/reports/plan/targets")
    Saved save(@Valid @RequestBody Targets body) {
        Viewer who = viewer.get();
        List<TownshipTargets.Target> checked = body.targets().stream().map(t -> {
            who.checkTownship(t.township().strip());
            PlanMeasure.ofKey(t.measure());
            return new TownshipTargets.Target(t.year(), t.township().strip(), t.measure(), t.target());
        }).toList();
        return new Saved(targets.save(checked, who.username()));
    }

    /** NDJSON, like the ledger's imports; at most 1 MB. */
    @PostMapping(path = "/api/v1/reports/plan/targets/import", consumes = "application/x-ndjson")
    TargetImport.Result importLines(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(TargetImport.MAX_BYTES + 1);
        return imports.run(new String(body, StandardCharsets.UTF_8), viewer.get(), body.length > TargetImport.MAX_BYTES);
    }
}
