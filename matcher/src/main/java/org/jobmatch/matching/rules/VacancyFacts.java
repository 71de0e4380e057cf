package org.jobmatch.matching.rules;

import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Vacancy;

/**
 * What the hard rules look at in a vacancy, defaults applied: its age band, eligible groups (0: anyone) and work
 * mode as bits, its location as a unit vector.
 */
public record VacancyFacts(Vacancy vacancy, int ageMin, int ageMax, int groups, int workMode, GeoPoint.Unit at) {

    public static VacancyFacts of(Vacancy vacancy) {
        return new VacancyFacts(vacancy, vacancy.effectiveAgeMin(), vacancy.effectiveAgeMax(),
                Bits.of(vacancy.effectiveEligibleGroups()), Bits.of(vacancy.workMode()), vacancy.location().toUnit());
    }

    public double distanceKm(PersonFacts person) {
        return at.distanceKm(person.at());
    }
}
