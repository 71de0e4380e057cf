package org.jobmatch.kiosk;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jobmatch.matching.JobBrowser;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The kiosk's public side: anyone may browse open jobs near a township, without identifying. */
@RestController
@Validated
@RequestMapping("/api/v1/kiosk")
class KioskBrowseController {

    private final NearbyJobs nearby;

    KioskBrowseController(NearbyJobs nearby) {
        this.nearby = nearby;
    }

    @GetMapping("/townships")
    List<String> townships() {
        return nearby.townships();
    }

    @GetMapping("/job-types")
    List<JobBrowser.JobType> types(@RequestParam @NotBlank @Size(max = 100) String township) {
        return nearby.types(township);
    }

    @GetMapping("/jobs")
    NearbyJobs.Found jobs(@RequestParam @NotBlank @Size(max = 100) String township,
                          @RequestParam(required = false) @Size(max = 100) String type,
                          @RequestParam(defaultValue = "12") @Min(1) @Max(50) int limit) {
        return nearby.jobs(township, type, limit);
    }
}
