package org.jobmatch.person;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Ages;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Masking;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.WorkMode;

/**
 * A person as the API shows it: contract field names, ID number and phone masked, age and 4050 derived. No birth
 * date: with it the masked digits of the ID number could be rebuilt.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(String id, String name, String idNumber, Gender gender, int age,
                         boolean group4050, String phone, String householdId, String township, String village,
                         GeoPoint location, Set<AssistanceGroup> groups, EmploymentStatus employmentStatus,
                         String skills, PreferencesView preferences) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PreferencesView(String jobs, Set<WorkMode> workModes, double maxDistanceKm,
                                  boolean willingToMigrate, Integer minWage) {
    }

    public static PersonView of(Person p, LocalDate today) {
        var pref = p.preferences();
        return new PersonView(p.id(), p.name(), Masking.idNumber(p.idNumber()), p.gender(),
                Ages.ageOn(p.birthDate(), today), Ages.isIn4050(p.gender(), p.birthDate(), today),
                Masking.phone(p.phone()), p.householdId(), p.township(), p.village(), p.location(), p.groups(),
                p.employmentStatus(), p.skills(), new PreferencesView(pref.jobs(), pref.workModes(),
                pref.maxDistanceKm(), pref.willingToMigrate(), pref.minWage()));
    }
}
