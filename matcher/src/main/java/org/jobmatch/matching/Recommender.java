package org.jobmatch.matching;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.matching.rules.RuleCheck;
import org.jobmatch.index.Documents;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.VacancyDocument;

/**
 * Recommends vacancies to one person: Elasticsearch filters by every hard rule and proposes
 * candidates, Java re-ranks them and picks the best from different employers.
 */
public class Recommender {

    private final ElasticsearchClient client;
    private final Supplier<Documents> documents;
    private final MatchingSettings settings;
    private final Ranker ranker;

    public Recommender(ElasticsearchClient client, Supplier<Documents> documents, MatchingSettings settings) {
        this.client = client;
        this.documents = documents;
        this.settings = settings;
        this.ranker = new Ranker(settings);
    }

    public MatchingSettings settings() {
        return settings;
    }

    public PersonProfile profile(Person person, LocalDate today) {
        return PersonProfile.of(person, today, documents.get().analyzer());
    }

    public Recommendations recommend(Person person, LocalDate today, int limit) throws IOException {
        if (!person.employmentStatus().seeksWork()) {
            return new Recommendations(person.id(), List.of(), Notes.notSeeking(person.employmentStatus()));
        }
        PersonProfile profile = profile(person, today);
        SearchResponse<VacancyDocument> response = client.search(s -> s.index(IndexKind.VACANCY.alias())
                .size(Math.max(settings.candidatePool(), limit))
                .query(VacancyQueries.recommend(profile)), VacancyDocument.class);
        List<VacancyDocument> candidates = response.hits().hits().stream().map(Hit::source).toList();
        return choose(profile, candidates, limit);
    }

    private Recommendations choose(PersonProfile profile, List<VacancyDocument> candidates, int limit)
            throws IOException {
        List<Scored> chosen = Ranker.spread(ranker.rank(profile, candidates), limit);
        return recommendations(p -> WiderRadius.find(client, p), profile, chosen, limit);
    }

    /** The chosen vacancies as the contract's response; a short list gets a note with the wider-radius hint. */
    static Recommendations recommendations(WiderRadius.Source wider, PersonProfile profile, List<Scored> chosen,
                                           int limit) throws IOException {
        List<Recommendation> recommendations = new java.util.ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            recommendations.add(Recommendation.of(i + 1, chosen.get(i)));
        }
        String note = null;
        if (chosen.size() < limit) {
            note = Notes.shortList(chosen.size(), limit, wider.find(profile));
        }
        return new Recommendations(profile.person().id(), recommendations, note);
    }

    /** Why {@code vacancy} is, or is not, among the person's recommendations. */
    public FitExplanation explain(Person person, Vacancy vacancy, LocalDate today) throws IOException {
        List<RuleCheck> rules = HardRules.check(person, vacancy, today);
        boolean eligible = rules.stream().allMatch(RuleCheck::passed);
        Scored scored = ranker.score(profile(person, today), documents.get().vacancy(vacancy));
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
