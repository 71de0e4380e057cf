package org.jobmatch.matching.scoring;

import java.util.Comparator;

import org.jobmatch.matching.profile.VacancyProfile;

/** A vacancy that passed every hard rule for a person, with its score (no reasons yet). */
public record Option(VacancyProfile vacancy, double score, double distanceKm) {

    /** Best score first; nearer, then the smaller id, on a tie: the one order of every ranking. */
    public static final Comparator<Option> BEST_FIRST = Comparator.comparingDouble(Option::score).reversed()
            .thenComparingDouble(Option::distanceKm)
            .thenComparing(Option::vacancyId);

    public String vacancyId() {
        return vacancy.id();
    }

    public String employer() {
        return vacancy.employer();
    }
}
