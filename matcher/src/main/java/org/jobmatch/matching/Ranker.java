package org.jobmatch.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jobmatch.index.VacancyDocument;
import org.jobmatch.matching.rules.HardRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Re-ranks filtered candidates in Java and spreads the chosen few over different employers. */
final class Ranker {

    private static final Logger log = LoggerFactory.getLogger(Ranker.class);
    static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingDouble(Scored::distanceKm)
            .thenComparing(s -> s.vacancy().id());

    static final Comparator<Option> OPTIONS_BEST_FIRST = Comparator.comparingDouble(Option::score).reversed()
            .thenComparingDouble(Option::distanceKm)
            .thenComparing(Option::vacancyId);

    private final Scoring scoring;

    Ranker(MatchingSettings settings) {
        this.scoring = new Scoring(settings.weights());
    }

    /** Scores every candidate that passes the hard rules (checked again here), best first. */
    List<Scored> rank(PersonProfile person, List<VacancyDocument> candidates) {
        List<Scored> ranked = new ArrayList<>(candidates.size());
        for (VacancyDocument candidate : candidates) {
            if (HardRules.allPass(person.person(), VacancyDocuments.toVacancy(candidate), person.today())) {
                ranked.add(scoring.score(person, candidate));
            } else {
                log.debug("Search returned {} for {} although a hard rule fails", candidate.id(), person.person().id());
            }
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    /** Like {@link #rank} on pooled vacancies, without reasons: the batch's fast path, same order. */
    List<Option> options(PersonProfile person, List<VacancyPool.Pooled> candidates) {
        List<Option> options = new ArrayList<>(candidates.size());
        for (VacancyPool.Pooled candidate : candidates) {
            double km = person.person().location().distanceKm(candidate.vacancy().location());
            if (HardRules.allPass(person.person(), person.age(), candidate.vacancy(), person.today(), km)) {
                options.add(new Option(candidate.document(), scoring.unexplained(person, candidate, km), km));
            }
        }
        options.sort(OPTIONS_BEST_FIRST);
        return options;
    }

    Scored score(PersonProfile person, VacancyDocument vacancy) {
        return scoring.score(person, vacancy);
    }

    /** The best {@code limit}, one per employer while the pool allows, then the next best of any employer. */
    static List<Scored> spread(List<Scored> ranked, int limit) {
        List<Scored> chosen = new ArrayList<>(EmployerSpread.pick(ranked, limit, s -> s.vacancy().employer()));
        chosen.sort(BEST_FIRST);
        return chosen;
    }
}
