package org.jobmatch.fair;

import java.time.LocalDate;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.PersonBuilder;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancyBuilder;
import org.jobmatch.domain.VacancySource;

/** Persons and vacancies near 三星镇 for the fair's plain-Java tests. */
final class FairFixtures {

    static final LocalDate TODAY = PersonBuilder.TODAY;
    static final GeoPoint SANXING = PersonBuilder.SANXING;

    private FairFixtures() {
    }

    static Person seamstress() {
        return PersonBuilder.aPerson().id("P-0001").idNumber("320614197906121245").born(LocalDate.of(1979, 6, 12))
                .phone("13812345678").household("H-0001").in("三星镇", "汤家村")
                .groups(AssistanceGroup.POVERTY_ALLEVIATED).maxDistanceKm(15).build();
    }

    static Vacancy vacancy(String id, String title, Integer ageMax, VacancySource source, Set<AssistanceGroup> groups) {
        return VacancyBuilder.aVacancy().id(id).source(source).employer("单位" + id).title(title).ages(null, ageMax)
                .openings(3).wages(3000, 4000).eligibleGroups(groups).build();
    }
}
