package org.jobmatch.matching;

import java.time.LocalDate;

import org.jobmatch.analysis.JobTextAnalyzer;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.PersonBuilder;
import org.jobmatch.domain.VacancyBuilder;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;

/** Persons and vacancies for matching tests, analysed by the real bundled chain. */
public final class MatchingFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final GeoPoint HOME = PersonBuilder.SANXING;
    public static final Documents DOCUMENTS = new Documents(JobTextAnalyzer.fromClasspath());

    private MatchingFixtures() {
    }

    public static PersonProfile profile(String skills, AssistanceGroup... groups) {
        Person person = PersonBuilder.aPerson().gender(Gender.M).born(TODAY.minusYears(45)).at(HOME).groups(groups)
                .skills(skills).build();
        return PersonProfile.of(person, TODAY, DOCUMENTS.analyzer());
    }

    public static VacancyProfile vacancy(String id, String employer, String title, VacancySource source, double kmEast) {
        return vacancy(id, employer, title, source, kmEast, false);
    }

    public static VacancyProfile vacancy(String id, String employer, String title, VacancySource source, double kmEast,
                                         boolean accessible) {
        return VacancyProfile.of(VacancyBuilder.aVacancy().id(id).source(source).employer(employer).title(title)
                .kmEast(kmEast).openings(2).accessible(accessible).build(), DOCUMENTS);
    }
}
