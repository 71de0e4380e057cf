package org.jobmatch.matching.rules;

import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Vacancy;

/**
 * What the hard rules look at in a vacancy, defaults applied, as plain values read without following references:
 * its age band, eligible groups (0: anyone) and work mode as bits, its location as a unit vector, the last day it is
 * open ({@link Vacancy#lastOpenDay()}), the most it pays ({@link Integer#MAX_VALUE} when it does not say).
 */
public record VacancyFacts(Vacancy vacancy, int ageMin, int ageMax, int groups, int workMode, GeoPoint.Unit at,
                           long lastOpenDay, int wageMax) {

    public static VacancyFacts of(Vacancy vacancy) {
        return new VacancyFacts(vacancy, vacancy.effectiveAgeMin(), vacancy.effectiveAgeMax(),
                Bits.of(vacancy.effectiveEligibleGroups()), Bits.of(vacancy.workMode()), vacancy.location().toUnit(),
                vacancy.lastOpenDay(), vacancy.wageMax() == null ? Integer.MAX_VALUE : vacancy.wageMax());
    }

    /** A copy, allocated now: for keeping many vacancies' facts next to each other in memory. */
    public VacancyFacts copy() {
        return new VacancyFacts(vacancy, ageMin, ageMax, groups, workMode, new GeoPoint.Unit(at.x(), at.y(), at.z()),
                lastOpenDay, wageMax);
    }

    public double distanceKm(PersonFacts person) {
        return at.distanceKm(person.at());
    }
}
