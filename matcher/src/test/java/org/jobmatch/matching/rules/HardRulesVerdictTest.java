package org.jobmatch.matching.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.RandomRecords;
import org.jobmatch.domain.Vacancy;
import org.junit.jupiter.api.Test;

/**
 * {@link HardRules#allPass} is a fast path: it must give the verdict of {@link HardRules#check} every time; and
 * {@link HardRules#mayPass}, the first test of a scan, never refuses a pair that passes.
 */
class HardRulesVerdictTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final RandomRecords records = new RandomRecords(42, TODAY);

    @Test
    void allPassAgreesWithTheDetailedCheckOnRandomPairs() {
        int passed = 0;
        for (int i = 0; i < 20_000; i++) {
            Person person = records.person("P");
            Vacancy vacancy = records.vacancy("V");
            boolean detailed = HardRules.check(person, vacancy, TODAY).stream().allMatch(RuleCheck::passed);
            assertThat(HardRules.allPass(person, vacancy, TODAY)).as("pair %d", i).isEqualTo(detailed);
            passed += detailed ? 1 : 0;
        }
        assertThat(passed).isBetween(500, 19_500);
    }

    @Test
    void theScansFirstTestRefusesOnlyPairsTheRulesRefuse() {
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            PersonFacts person = PersonFacts.of(records.person("P"), TODAY);
            VacancyFacts vacancy = VacancyFacts.of(records.vacancy("V"));
            boolean mayPass = HardRules.mayPass(person, vacancy, TODAY);
            if (HardRules.allPass(person, vacancy, vacancy.distanceKm(person), TODAY)) {
                assertThat(mayPass).as("pair %d", i).isTrue();
            }
            refused += mayPass ? 0 : 1;
        }
        assertThat(refused).as("the age band turns some away").isPositive();
    }
}
