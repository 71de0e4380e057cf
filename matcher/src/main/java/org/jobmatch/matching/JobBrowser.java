package org.jobmatch.matching;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.profile.VacancyProfile;

/**
 * Open jobs near a place for anyone to browse (the kiosk without identification), from the vacancy pool: no
 * person, so of the hard rules only "open" applies. Job types are the titles' occupation families (保洁员 and 环卫工
 * are one type, 保洁环卫), so that a list of types does not offer the same work twice.
 */
public class JobBrowser {

    private final VacancyPool pool;

    public JobBrowser(VacancyPool pool) {
        this.pool = pool;
    }

    public record JobType(String type, long count) {
    }

    public record Nearby(Vacancy vacancy, double distanceKm) {
    }

    /** The most common job types among the open jobs within {@code radiusKm}, most common first. */
    public List<JobType> types(GeoPoint centre, double radiusKm, LocalDate today, int max) {
        Map<String, Long> counts = new HashMap<>();
        near(centre, radiusKm, today).forEach(n -> n.profile().titleFamilies()
                .forEach(type -> counts.merge(type, 1L, Long::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(e -> new JobType(e.getKey(), e.getValue())).toList();
    }

    /** The open jobs within {@code radiusKm}, of {@code type} when given, nearest first. */
    public List<Nearby> jobs(GeoPoint centre, double radiusKm, String type, LocalDate today, int limit) {
        return near(centre, radiusKm, today).stream()
                .filter(n -> type == null || type.isBlank() || n.profile().titleFamilies().contains(type))
                .sorted(Comparator.comparingDouble(Found::km).thenComparing(n -> n.profile().id()))
                .limit(limit).map(n -> new Nearby(n.profile().vacancy(), n.km())).toList();
    }

    private record Found(VacancyProfile profile, double km) {
    }

    private List<Found> near(GeoPoint centre, double radiusKm, LocalDate today) {
        GeoPoint.Unit at = centre.toUnit();
        return pool.view().all().stream().filter(v -> v.vacancy().isOpenOn(today))
                .map(v -> new Found(v, v.facts().at().distanceKm(at))).filter(f -> f.km() <= radiusKm).toList();
    }
}
