package org.jobmatch.matching;

import org.jobmatch.index.VacancyDocument;

/** A vacancy that passed every hard rule for a person, with its ranking score (no reasons yet). */
public record Option(VacancyDocument vacancy, double score, double distanceKm) {

    public String vacancyId() {
        return vacancy.id();
    }

    public String employer() {
        return vacancy.employer();
    }
}
