package org.jobmatch.matching.rules;

import java.time.LocalDate;

import org.jobmatch.domain.Ages;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;

/** What the hard rules look at in a person on a given day: age, groups and accepted work modes as bits (0: any). */
public record PersonFacts(Person person, int age, int groups, int workModes, GeoPoint.Unit at) {

    public static PersonFacts of(Person person, LocalDate today) {
        return new PersonFacts(person, Ages.ageOn(person.birthDate(), today), Bits.of(person.groups()),
                Bits.of(person.preferences().workModes()), person.location().toUnit());
    }
}
