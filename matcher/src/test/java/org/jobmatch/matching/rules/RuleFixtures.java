package org.jobmatch.matching.rules;

import java.time.LocalDate;

import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.PersonBuilder;
import org.jobmatch.domain.VacancyBuilder;

/** A person and a vacancy that pass every hard rule on {@link #TODAY}, to be changed one field at a time. */
final class RuleFixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final GeoPoint SANXING = PersonBuilder.SANXING;

    private RuleFixtures() {
    }

    static PersonBuilder person() {
        return PersonBuilder.aPerson().born(TODAY.minusYears(40));
    }

    static VacancyBuilder vacancy() {
        return VacancyBuilder.aVacancy();
    }
}
