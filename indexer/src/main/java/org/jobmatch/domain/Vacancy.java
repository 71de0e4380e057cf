package org.jobmatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A vacancy as stored in the ledger, after validation. {@code location} is always set (the
 * township centroid when the import had none); {@code eligibleGroups} is as imported (empty = all,
 * see {@link #effectiveEligibleGroups()}).
 */
public record Vacancy(String id, VacancySource source, String employer, String title, String description,
                      List<String> skills, String township, GeoPoint location, Integer ageMin, Integer ageMax,
                      int openings, Integer wageMin, Integer wageMax, WorkMode workMode, boolean accessible,
                      Set<AssistanceGroup> eligibleGroups, LocalDate validUntil, Contact contact) {

    public static final int DEFAULT_AGE_MIN = 18;
    public static final int DEFAULT_AGE_MAX = 55;

    public Vacancy {
        skills = skills == null ? List.of() : List.copyOf(skills);
        eligibleGroups = eligibleGroups == null ? Set.of() : Set.copyOf(eligibleGroups);
        workMode = workMode == null ? WorkMode.FULL_TIME : workMode;
    }

    public int effectiveAgeMin() {
        return ageMin == null ? DEFAULT_AGE_MIN : ageMin;
    }

    public int effectiveAgeMax() {
        return ageMax == null ? DEFAULT_AGE_MAX : ageMax;
    }

    /** Groups allowed to take it; empty means anyone. Welfare posts default to the hard-to-employ. */
    public Set<AssistanceGroup> effectiveEligibleGroups() {
        if (eligibleGroups.isEmpty() && source == VacancySource.WELFARE_POST) {
            return AssistanceGroup.HARD_TO_EMPLOY;
        }
        return eligibleGroups;
    }

    /** A post set aside for graduates alone (就业见习, 毕业生专岗). */
    public boolean forGraduatesOnly() {
        return eligibleGroups.size() == 1 && eligibleGroups.contains(AssistanceGroup.GRADUATE);
    }

    /** Rule 1: openings left and not past its validity date. */
    public boolean isOpenOn(LocalDate today) {
        return today.toEpochDay() <= lastOpenDay();
    }

    /**
     * The last day it is open, as an epoch day: {@link Long#MIN_VALUE} without openings, {@link Long#MAX_VALUE}
     * without a validity date.
     */
    public long lastOpenDay() {
        return openings <= 0 ? Long.MIN_VALUE : validUntil == null ? Long.MAX_VALUE : validUntil.toEpochDay();
    }
}
