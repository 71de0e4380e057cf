package org.jobmatch.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.analysis.JobTextAnalyzer;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.PersonBuilder;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancyBuilder;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.pool.VacancyFeed;
import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.scoring.Scoring;

/** Persons and vacancies for matching tests, analysed by the real bundled chain. */
public final class MatchingFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final GeoPoint HOME = PersonBuilder.SANXING;
    public static final Documents DOCUMENTS = new Documents(JobTextAnalyzer.fromClasspath());

    private MatchingFixtures() {
    }

    public static PersonProfile profile(String skills, AssistanceGroup... groups) {
        return profile(person(skills, groups));
    }

    /** A man of 45 at {@link #HOME}. */
    public static PersonBuilder person(String skills, AssistanceGroup... groups) {
        return PersonBuilder.aPerson().gender(Gender.M).born(TODAY.minusYears(45)).at(HOME).groups(groups).skills(skills);
    }

    public static PersonProfile profile(PersonBuilder person) {
        return PersonProfile.of(person.build(), TODAY, DOCUMENTS.analyzer());
    }

    /** A pool of these vacancies (those with openings open), synced, on {@link #TODAY}. */
    public static VacancyPool pool(Collection<Vacancy> vacancies, Scoring scoring) {
        Map<String, Vacancy> byId = new LinkedHashMap<>();
        vacancies.forEach(v -> byId.put(v.id(), v));
        VacancyPool pool = new VacancyPool(new Feed(byId), () -> DOCUMENTS, scoring,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        pool.sync();
        return pool;
    }

    public static VacancyProfile vacancy(String id, String employer, String title, VacancySource source, double kmEast) {
        return vacancy(id, employer, title, source, kmEast, false);
    }

    public static VacancyProfile vacancy(String id, String employer, String title, VacancySource source, double kmEast,
                                         boolean accessible) {
        return VacancyProfile.of(VacancyBuilder.aVacancy().id(id).source(source).employer(employer).title(title)
                .kmEast(kmEast).openings(2).accessible(accessible).build(), DOCUMENTS);
    }

    private record Feed(Map<String, Vacancy> vacancies) implements VacancyFeed {

        @Override
        public Map<String, Long> openVersions(LocalDate day) {
            Map<String, Long> open = new LinkedHashMap<>();
            vacancies.values().stream().filter(v -> v.openings() > 0).forEach(v -> open.put(v.id(), 1L));
            return open;
        }

        @Override
        public List<Versioned> load(Collection<String> ids) {
            return ids.stream().map(id -> new Versioned(vacancies.get(id), 1L)).toList();
        }
    }
}
