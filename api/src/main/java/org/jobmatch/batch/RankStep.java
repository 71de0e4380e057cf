package org.jobmatch.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jobmatch.domain.Person;
import org.jobmatch.matching.BatchRecommender;
import org.jobmatch.matching.Ranking;
import org.jobmatch.matching.Rankings;
import org.jobmatch.matching.pool.VacancyPool;
import org.springframework.stereotype.Component;

/** Ranks one chunk of a run against the instance's snapshot of the pool and stores each person's options. */
@Component
class RankStep {

    private final BatchLeases leases;
    private final RunPersons persons;
    private final BatchRecommender recommender;

    RankStep(BatchLeases leases, RunPersons persons, BatchRecommender recommender) {
        this.leases = leases;
        this.persons = persons;
        this.recommender = recommender;
    }

    void rank(long id, int chunk, LocalDate runOn, VacancyPool.View view) throws InterruptedException {
        List<String> ids = leases.persons(id, chunk);
        Map<String, Person> byId = persons.byId(ids);
        List<Person> present = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Rankings rankings = recommender.rank(present, runOn, view, n -> { });
        Map<String, List<OptionsCodec.StoredOption>> options = new java.util.HashMap<>();
        for (Ranking ranking : rankings.rankings()) {
            options.put(ranking.personId(), ranking.options().stream()
                    .map(o -> new OptionsCodec.StoredOption(o.vacancyId(), o.score(), o.distanceKm())).toList());
        }
        // in the chunk's order; a person gone from the ledger or whose ranking failed has none (null)
        List<OptionsCodec.Ranked> ranked = new ArrayList<>(ids.size());
        ids.forEach(person -> ranked.add(new OptionsCodec.Ranked(person, options.get(person))));
        leases.ranked(id, chunk, OptionsCodec.ranked(ranked));
    }
}
