package org.jobmatch.matching.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.RandomRecords;
import org.jobmatch.matching.MatchingFixtures;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.matching.scoring.Option;
import org.jobmatch.matching.scoring.Scored;
import org.jobmatch.matching.scoring.Scoring;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pool's pruned scan keeps exactly what scoring every vacancy and applying every rule would keep. */
class ScanTest {

    private static final int EMPLOYERS = 3;

    private final RandomRecords random = new RandomRecords(20261204, MatchingFixtures.TODAY);
    private final Scoring scoring = new Scoring(Scoring.Weights.defaults());

    /** 20 as a batch keeps, 3 as the kiosk asks (where the bar rises soonest and most is skipped). */
    @ParameterizedTest
    @ValueSource(ints = {20, 3})
    void prunedRankingEqualsRankingEveryVacancy(int depth) {
        VacancyPool pool = MatchingFixtures.pool(IntStream.range(0, 2000).mapToObj(i -> random.vacancy("V-" + i))
                .toList(), scoring);
        List<VacancyProfile> all = pool.view().all();

        for (int i = 0; i < 300; i++) {
            Person person = random.person("P-" + i);
            PersonProfile p = PersonProfile.of(person, MatchingFixtures.TODAY, MatchingFixtures.DOCUMENTS.analyzer());

            assertThat(pool.view().rank(p, depth, EMPLOYERS)).as(person.toString())
                    .containsExactlyElementsOf(everyVacancy(p, all, depth));
        }
    }

    private List<Option> everyVacancy(PersonProfile p, List<VacancyProfile> all, int depth) {
        Best best = new Best(depth, EMPLOYERS);
        if (!p.person().employmentStatus().seeksWork()) {
            return List.of();
        }
        for (VacancyProfile v : all) {
            double km = v.facts().distanceKm(p.facts());
            Scored scored = scoring.explain(p, v, km);
            if (HardRules.allPass(p.facts(), v.facts(), km, p.today())) {
                best.offer(new Option(v, scored.score(), km));
            }
        }
        return best.ranked();
    }
}
