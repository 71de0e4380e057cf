package org.jobmatch.matching.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.RandomRecords;
import org.jobmatch.domain.Vacancy;
import org.junit.jupiter.api.Test;

/** {@link HardRules#allPass} is a fast path: it must give the verdict of {@link HardRules#check} every time. */
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
}
