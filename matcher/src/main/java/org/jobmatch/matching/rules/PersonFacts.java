package org.jobmatch.matching.rules;

import java.time.LocalDate;

import org.jobmatch.domain.Ages;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;

/**
 * What the hard rules look at in a person on a given day, as plain values read without following references: age,
 * groups and accepted work modes as bits (0: any), how far they travel (infinite for one willing to move), the least
 * wage wanted (0: any), whether they seek work.
 */
public record PersonFacts(Person person, int age, int groups, int workModes, GeoPoint.Unit at, double reachKm,
                          int minWage, boolean seeksWork) {

    public static PersonFacts of(Person person, LocalDate today) {
        var preferences = person.preferences();
        return new PersonFacts(person, Ages.ageOn(person.birthDate(), today), Bits.of(person.groups()),
                Bits.of(preferences.workModes()), person.location().toUnit(),
                preferences.willingToMigrate() ? Double.POSITIVE_INFINITY : preferences.maxDistanceKm(),
                preferences.minWage() == null ? 0 : preferences.minWage(), person.employmentStatus().seeksWork());
    }
}
