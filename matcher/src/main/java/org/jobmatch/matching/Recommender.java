package org.jobmatch.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.matching.rules.RuleCheck;
import org.jobmatch.matching.scoring.Option;
import org.jobmatch.matching.scoring.Scored;
import org.jobmatch.matching.scoring.Scoring;

/**
 * Recommends vacancies to one person: every open vacancy of the pool that passes the hard rules is ranked by the
 * one score, and the best are picked from different employers. A batch run ranks with the same code.
 */
public class Recommender {

    private final VacancyPool pool;
    private final Supplier<Documents> documents;
    private final MatchingSettings settings;
    private final Scoring scoring;
    private final RankingTurns turns;

    public Recommender(VacancyPool pool, Supplier<Documents> documents, MatchingSettings settings) {
        this.pool = pool;
        this.documents = documents;
        this.settings = settings;
        this.scoring = new Scoring(settings.weights());
        this.turns = new RankingTurns(settings.rankingsAtOnce(), settings.rankingWait());
    }

    public MatchingSettings settings() {
        return settings;
    }

    public PersonProfile profile(Person person, LocalDate today) {
        return PersonProfile.of(person, today, documents.get().analyzer());
    }

    /** One person's recommendations, ranked in turn with other single requests ({@link RankingTurns}). */
    public Recommendations recommend(Person person, LocalDate today, int limit) {
        if (!person.employmentStatus().seeksWork()) {
            return new Recommendations(person.id(), List.of(), Notes.notSeeking(person.employmentStatus()));
        }
        return turns.take(() -> {
            PersonProfile profile = profile(person, today);
            VacancyPool.View view = pool.view();
            List<Option> chosen = EmployerSpread.pick(view.rank(profile, limit, limit), limit, Option::employer);
            return recommendations(view, profile, chosen, limit);
        });
    }

    /** The chosen options as the contract's response, best first, with reasons; a short list gets a note. */
    Recommendations recommendations(VacancyPool.View view, PersonProfile profile, List<Option> chosen, int limit) {
        List<Option> ordered = chosen.stream().sorted(Option.BEST_FIRST).toList();
        List<Recommendation> recommendations = new ArrayList<>(ordered.size());
        for (Option option : ordered) {
            Scored scored = scoring.explain(profile, option.vacancy(), option.distanceKm());
            recommendations.add(Recommendation.of(recommendations.size() + 1, scored));
        }
        String note = chosen.size() < limit ? Notes.shortList(chosen.size(), limit, WiderRadius.find(view, profile))
                : null;
        return new Recommendations(profile.person().id(), recommendations, note);
    }

    /** Why {@code vacancy} is, or is not, among the person's recommendations. */
    public FitExplanation explain(Person person, Vacancy vacancy, LocalDate today) {
        PersonProfile profile = profile(person, today);
        VacancyProfile v = VacancyProfile.of(vacancy, documents.get());
        List<RuleCheck> rules = HardRules.check(profile.facts(), v.facts(), today);
        boolean eligible = rules.stream().allMatch(RuleCheck::passed);
        Scored scored = scoring.explain(profile, v, v.facts().distanceKm(profile.facts()));
        double score = Math.round(scored.score() * 1000) / 1000.0;
        Recommendations current = eligible ? recommend(person, today, settings.recommendations()) : null;
        boolean recommended = current != null && current.recommendations().stream()
                .anyMatch(r -> r.vacancyId().equals(vacancy.id()));
        return new FitExplanation(person.id(), vacancy.id(), eligible, recommended, rules, scored.factors(),
                score, scored.reasons(), summary(rules, current, recommended, score));
    }

    private static String summary(List<RuleCheck> rules, Recommendations current, boolean recommended,
                                  double score) {
        if (current == null) {
            return "不符合硬性条件: " + rules.stream().filter(r -> !r.passed())
                    .map(r -> r.rule().label() + "（" + r.detail() + "）").collect(Collectors.joining("；"));
        }
        if (recommended) {
            return "符合全部条件，已在推荐之列";
        }
        double last = current.recommendations().stream().mapToDouble(Recommendation::score).min().orElse(0);
        if (score >= last) {
            return "符合全部条件，但同一单位已有岗位入选（推荐岗位尽量来自不同单位）";
        }
        return String.format(Locale.ROOT, "符合全部条件，但得分 %.3f 低于推荐岗位（最低 %.3f）", score, last);
    }
}
