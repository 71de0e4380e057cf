package org.jobmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jobmatch.domain.RandomRecords;
import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.rules.HardRule;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.matching.scoring.Scoring;
import org.junit.jupiter.api.Test;

/** The short list's hint counts, by cells and age band first, what every vacancy checked by every rule would give. */
class WiderRadiusTest {

    private final RandomRecords random = new RandomRecords(20261205, MatchingFixtures.TODAY);

    @Test
    void theHintEqualsCountingEveryVacancyOfTheFirstRingWithAny() {
        VacancyPool pool = MatchingFixtures.pool(IntStream.range(0, 2000).mapToObj(i -> random.vacancy("V-" + i))
                .toList(), new Scoring(Scoring.Weights.defaults()));
        List<VacancyProfile> all = pool.view().all();
        int hints = 0;
        for (int i = 0; i < 300; i++) {
            PersonProfile p = PersonProfile.of(random.person("P-" + i), MatchingFixtures.TODAY,
                    MatchingFixtures.DOCUMENTS.analyzer());
            Optional<WiderRadius.Hint> hint = WiderRadius.find(pool.view(), p);

            assertThat(hint).as(p.person().toString()).isEqualTo(everyVacancy(p, all));
            hints += hint.isPresent() ? 1 : 0;
        }
        assertThat(hints).as("persons with a hint").isGreaterThan(50);
    }

    private static Optional<WiderRadius.Hint> everyVacancy(PersonProfile p, List<VacancyProfile> all) {
        if (p.person().preferences().willingToMigrate()) {
            return Optional.empty();
        }
        double current = p.person().preferences().maxDistanceKm();
        for (double factor : new double[] {1.5, 2, 3}) {
            double end = Math.ceil(current * factor / 5) * 5;
            long more = all.stream().filter(v -> {
                double km = v.facts().distanceKm(p.facts());
                return km > current && km <= end
                        && HardRules.allPassBut(HardRule.DISTANCE, p.facts(), v.facts(), km, p.today());
            }).count();
            if (more > 0) {
                return Optional.of(new WiderRadius.Hint(Math.round(end), more));
            }
        }
        return Optional.empty();
    }
}
