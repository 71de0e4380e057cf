package org.jobmatch.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person of the ledger, after validation. {@code idNumber} is the normalised 18-character number
 * (never masked here: masking happens at the edges). {@code birthDate} and {@code gender} are always
 * set, derived from the ID number when there is one. {@code location} is always set.
 */
public record Person(String id, String name, String idNumber, Gender gender, LocalDate birthDate, String phone,
                     String householdId, String township, String village, GeoPoint location,
                     Set<AssistanceGroup> groups, EmploymentStatus employmentStatus, String skills,
                     Preferences preferences) {

    public Person {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        employmentStatus = employmentStatus == null ? EmploymentStatus.UNEMPLOYED : employmentStatus;
        preferences = preferences == null ? Preferences.defaults() : preferences;
    }

    public Person withEmploymentStatus(EmploymentStatus status) {
        return new Person(id, name, idNumber, gender, birthDate, phone, householdId, township, village, location,
                groups, status, skills, preferences);
    }

    public Person withGroups(Set<AssistanceGroup> newGroups) {
        return new Person(id, name, idNumber, gender, birthDate, phone, householdId, township, village, location,
                newGroups, employmentStatus, skills, preferences);
    }
}
