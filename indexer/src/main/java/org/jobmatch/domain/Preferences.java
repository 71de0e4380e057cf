package org.jobmatch.domain;

import java.util.Set;

/**
 * What a person wishes for. {@code workModes} empty means any; {@code maxDistanceKm} is already
 * defaulted (30 km) when built by the importer.
 */
public record Preferences(String jobs, Set<WorkMode> workModes, double maxDistanceKm,
                          boolean willingToMigrate, Integer minWage) {

    public static final double DEFAULT_MAX_DISTANCE_KM = 30;

    public Preferences {
        workModes = workModes == null ? Set.of() : Set.copyOf(workModes);
    }

    public static Preferences defaults() {
        return new Preferences(null, Set.of(), DEFAULT_MAX_DISTANCE_KM, false, null);
    }
}
