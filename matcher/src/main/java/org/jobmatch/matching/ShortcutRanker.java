package org.jobmatch.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks persons on {@link LocalSearch} candidates instead of an Elasticsearch search, where that provably
 * gives the same answer: Elasticsearch's top hits hold every certain candidate and otherwise only
 * uncertain ones, so as long as no uncertain candidate is among the person's picks, the picks are the
 * ones the search would give. Otherwise the caller searches.
 */
final class ShortcutRanker {

    private final LocalSearch search;
    private final Ranker ranker;
    private final int limit;

    ShortcutRanker(LocalSearch search, Ranker ranker, int limit) {
        this.search = search;
        this.ranker = ranker;
        this.limit = limit;
    }

    /**
     * What Java could decide for a group: the members' options, or else what a search may be restricted
     * to, or neither (a full search is needed).
     */
    record Decision(Optional<List<List<Option>>> ranked, Optional<Restriction> restriction) {

        static Decision search() {
            return new Decision(Optional.empty(), Optional.empty());
        }
    }

    /**
     * Vacancies surely among Elasticsearch's top hits, and those the rest of the top hits are among: a search
     * filtered to {@code among} for the remaining places returns the same vacancies, cheaply.
     */
    record Restriction(List<String> surely, List<String> among) {
    }

    private static final int MAX_UNCERTAIN_RANKED = 100;

    Decision decide(List<PersonProfile> members) {
        Optional<LocalSearch.Candidates> found = search.search(members.get(0));
        if (found.isEmpty()) {
            return Decision.search();
        }
        Optional<List<List<Option>>> ranked = found.get().uncertain().size() > MAX_UNCERTAIN_RANKED ? Optional.empty()
                : rank(members, found.get());
        return ranked.isPresent() ? new Decision(ranked, Optional.empty())
                : new Decision(Optional.empty(), Optional.of(new Restriction(ids(found.get().certain()),
                        ids(found.get().uncertain()))));
    }

    private List<String> ids(List<Integer> docs) {
        return docs.stream().map(i -> search.index().docs[i].document().id()).toList();
    }

    /** Per member, their options best first; empty when an uncertain candidate is among someone's picks. */
    private Optional<List<List<Option>>> rank(List<PersonProfile> members, LocalSearch.Candidates candidates) {
        Set<String> uncertain = new HashSet<>();
        List<VacancyPool.Pooled> all = new ArrayList<>();
        candidates.certain().forEach(i -> all.add(search.index().docs[i]));
        candidates.uncertain().forEach(i -> {
            all.add(search.index().docs[i]);
            uncertain.add(search.index().docs[i].document().id());
        });
        List<List<Option>> ranked = new ArrayList<>(members.size());
        for (PersonProfile member : members) {
            List<Option> options = ranker.options(member, all);
            if (EmployerSpread.pick(options, limit, Option::employer).stream().anyMatch(o -> uncertain.contains(o.vacancyId()))) {
                return Optional.empty();
            }
            ranked.add(uncertain.isEmpty() ? options
                    : options.stream().filter(o -> !uncertain.contains(o.vacancyId())).toList());
        }
        return Optional.of(ranked);
    }

    /**
     * How Elasticsearch's hits for this profile differ from what the local search allows (every certain
     * candidate among them, nothing beyond the uncertain ones, scores within {@link LocalSearch#EPSILON});
     * empty when they agree.
     */
    Optional<String> disagreement(PersonProfile profile, BatchSearch.Result hits) {
        Optional<LocalSearch.Candidates> found = search.search(profile, true, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LocalSearch.Candidates c = found.get();
        Set<Integer> returned = new HashSet<>();
        for (int k = 0; k < hits.ids().size(); k++) {
            int doc = search.index().position(hits.ids().get(k));
            if (doc < 0 || !(Math.abs(c.scores()[doc] - hits.scores().get(k)) <= LocalSearch.EPSILON)) {
                return Optional.of(hits.ids().get(k) + " scored " + hits.scores().get(k) + " by Elasticsearch, "
                        + (doc < 0 ? "unknown" : c.scores()[doc]) + " in Java");
            }
            returned.add(doc);
        }
        Set<Integer> allowed = new HashSet<>(c.certain());
        allowed.addAll(c.uncertain());
        if (!returned.containsAll(c.certain()) || !allowed.containsAll(returned)) {
            return Optional.of("hits differ: " + returned.size() + " returned, " + c.certain().size() + " certain, "
                    + c.uncertain().size() + " uncertain");
        }
        return Optional.empty();
    }
}
