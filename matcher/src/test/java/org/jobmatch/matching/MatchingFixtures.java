package org.jobmatch.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jobmatch.analysis.JobTextAnalyzer;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;

/** Persons and vacancies for matching tests, analysed by the real bundled chain. */
public final class MatchingFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final GeoPoint HOME = new GeoPoint(31.927, 121.045);
    public static final Documents DOCUMENTS = new Documents(JobTextAnalyzer.fromClasspath());

    private MatchingFixtures() {
    }

    public static PersonProfile profile(String skills, AssistanceGroup... groups) {
        Person person = new Person("P-1", "测试", null, Gender.M, TODAY.minusYears(45), null, null, "三星镇", null,
                HOME, Set.of(groups), EmploymentStatus.UNEMPLOYED, skills, Preferences.defaults());
        return PersonProfile.of(person, TODAY, DOCUMENTS.analyzer());
    }

    public static VacancyProfile vacancy(String id, String employer, String title, VacancySource source, double kmEast) {
        return vacancy(id, employer, title, source, kmEast, false);
    }

    public static VacancyProfile vacancy(String id, String employer, String title, VacancySource source, double kmEast,
                                   boolean accessible) {
        GeoPoint at = new GeoPoint(HOME.lat(), HOME.lon() + kmEast / 94.6);
        return VacancyProfile.of(new Vacancy(id, source, employer, title, null, List.of(), "三星镇", at, null, null,
                2, null, null, WorkMode.FULL_TIME, accessible, Set.of(), null, null), DOCUMENTS);
    }
}
