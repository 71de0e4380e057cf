package org.jobmatch.fair;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;

/** Persons and vacancies near 三星镇 for the fair's plain-Java tests. */
final class FairFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final GeoPoint SANXING = new GeoPoint(31.927, 121.045);

    private FairFixtures() {
    }

    static Person seamstress() {
        return new Person("P-0001", "王秀英", "320614197906121245", Gender.F, LocalDate.of(1979, 6, 12), "13812345678",
                "H-0001", "三星镇", "汤家村", SANXING, Set.of(AssistanceGroup.POVERTY_ALLEVIATED),
                EmploymentStatus.UNEMPLOYED, "缝纫", new Preferences(null, Set.of(), 15, false, null));
    }

    static Vacancy vacancy(String id, String title, Integer ageMax, VacancySource source, Set<AssistanceGroup> groups) {
        return new Vacancy(id, source, "单位" + id, title, null, List.of(), "三星镇", SANXING, null, ageMax, 3, 3000,
                4000, WorkMode.FULL_TIME, false, groups, null, null);
    }
}
