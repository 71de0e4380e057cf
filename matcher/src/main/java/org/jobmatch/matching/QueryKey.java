package org.jobmatch.matching;

import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.WorkMode;

/**
 * Everything {@link VacancyQueries#recommend} reads from a profile. Persons with equal keys get the
 * same search results, so a batch searches once for all of them. Age enters as its {@link VacancyPool#ageClass}.
 */
record QueryKey(double lat, double lon, long ageClass, Set<AssistanceGroup> groups, Set<String> concepts,
                String terms, boolean statedSkills, Set<WorkMode> workModes, double maxDistanceKm,
                boolean willingToMigrate, Integer minWage) {

    static QueryKey of(PersonProfile profile, VacancyPool pool) {
        Person person = profile.person();
        Preferences pref = person.preferences();
        return new QueryKey(person.location().lat(), person.location().lon(), pool.ageClass(profile.age()),
                person.groups(), profile.concepts(), profile.terms(), profile.hasStatedSkills(), pref.workModes(),
                pref.maxDistanceKm(), pref.willingToMigrate(), pref.minWage());
    }
}
