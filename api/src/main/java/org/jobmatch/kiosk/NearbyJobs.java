package org.jobmatch.kiosk;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jobmatch.domain.Gazetteer;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.matching.JobBrowser;
import org.jobmatch.web.ApiException;
import org.springframework.stereotype.Component;

/** Open jobs near a township for anyone at the kiosk, nearest first, optionally of one job type (a title concept). */
@Component
class NearbyJobs {

    private static final int MAX_TYPES = 24;

    private final JobBrowser browser;
    private final Gazetteer gazetteer;
    private final KioskProperties properties;
    private final Clock clock;

    NearbyJobs(JobBrowser browser, Gazetteer gazetteer, KioskProperties properties, Clock clock) {
        this.browser = browser;
        this.gazetteer = gazetteer;
        this.properties = properties;
        this.clock = clock;
    }

    record Found(String township, String type, List<JobCard> jobs) {
    }

    /** The county's townships in pinyin order. */
    List<String> townships() {
        List<String> names = new ArrayList<>(gazetteer.townships());
        names.sort(Collator.getInstance(Locale.CHINA));
        return names;
    }

    List<JobBrowser.JobType> types(String township) {
        return browser.types(centre(township), properties.browseRadiusKm(), LocalDate.now(clock), MAX_TYPES);
    }

    Found jobs(String township, String type, int limit) {
        List<JobCard> jobs = browser.jobs(centre(township), properties.browseRadiusKm(), type, LocalDate.now(clock),
                limit).stream().map(n -> JobCard.of(n.vacancy(), n.distanceKm())).toList();
        return new Found(township, type, jobs);
    }

    private GeoPoint centre(String township) {
        return gazetteer.centroid(township).orElseThrow(() -> ApiException.badRequest("unknown-township",
                "未知的乡镇（街道）: " + township, "unknown township: " + township));
    }
}
