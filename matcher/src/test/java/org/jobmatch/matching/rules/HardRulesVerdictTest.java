package org.jobmatch.matching.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Contact;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;
import org.junit.jupiter.api.Test;

/** {@link HardRules#allPass} is a fast path: it must give the verdict of {@link HardRules#check} every time. */
class HardRulesVerdictTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final Random random = new Random(42);

    @Test
    void allPassAgreesWithTheDetailedCheckOnRandomPairs() {
        int passed = 0;
        for (int i = 0; i < 20_000; i++) {
            Person person = person();
            Vacancy vacancy = vacancy();
            boolean detailed = HardRules.check(person, vacancy, TODAY).stream().allMatch(RuleCheck::passed);
            assertThat(HardRules.allPass(person, vacancy, TODAY)).as("pair %d", i).isEqualTo(detailed);
            passed += detailed ? 1 : 0;
        }
        assertThat(passed).isBetween(500, 19_500);
    }

    private Person person() {
        AssistanceGroup[] groups = AssistanceGroup.values();
        return new Person("P", "测", null, Gender.F, TODAY.minusYears(16 + random.nextInt(50)).minusDays(random.nextInt(3)),
                null, null, "三星镇", null, near(), random.nextInt(4) == 0 ? Set.of() : Set.of(groups[random.nextInt(groups.length)]),
                EmploymentStatus.values()[random.nextInt(EmploymentStatus.values().length)], null,
                new Preferences(null, random.nextBoolean() ? Set.of() : Set.of(WorkMode.values()[random.nextInt(4)]),
                        5 + random.nextInt(30), random.nextInt(5) == 0, random.nextBoolean() ? null : 3000 + random.nextInt(3000)));
    }

    private Vacancy vacancy() {
        return new Vacancy("V", VacancySource.values()[random.nextInt(4)], "E", "T", null, List.of(), "三星镇", near(),
                random.nextBoolean() ? null : 18 + random.nextInt(10), random.nextBoolean() ? null : 40 + random.nextInt(25),
                random.nextInt(4), null, random.nextBoolean() ? null : 2500 + random.nextInt(4000),
                WorkMode.values()[random.nextInt(4)], random.nextBoolean(),
                random.nextBoolean() ? Set.of() : Set.of(AssistanceGroup.values()[random.nextInt(12)]),
                random.nextBoolean() ? null : TODAY.plusDays(random.nextInt(20) - 10), new Contact(null, null));
    }

    private GeoPoint near() {
        return new GeoPoint(31.9 + random.nextDouble() * 0.4, 121.0 + random.nextDouble() * 0.4);
    }
}
