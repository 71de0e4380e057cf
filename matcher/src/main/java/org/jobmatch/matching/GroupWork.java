package org.jobmatch.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The persons of one batch ranking, grouped by identical query, and the two ways to rank a group: in
 * Java ({@link ShortcutRanker}) or by an msearch. Results land in place; progress counts persons.
 */
final class GroupWork {

    private final PersonProfile[] profiles;
    private final Ranking[] rankings;
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private final IntConsumer progress;
    private final Function<List<Option>, List<Option>> keep;

    GroupWork(PersonProfile[] profiles, Ranking[] rankings, IntConsumer progress, Function<List<Option>, List<Option>> keep) {
        this.profiles = profiles;
        this.rankings = rankings;
        this.progress = progress;
        this.keep = keep;
    }

    Map<String, String> failures() {
        return failures;
    }

    PersonProfile first(List<Integer> group) {
        return profiles[group.get(0)];
    }

    /** A group Elasticsearch has to decide, with what its search may be restricted to. */
    record Pending(List<Integer> group, Optional<ShortcutRanker.Restriction> restriction) {
    }

    /** Ranks the groups it can in Java; returns those Elasticsearch has to decide. */
    List<Pending> rankLocally(ShortcutRanker shortcut, List<List<Integer>> groups) {
        List<Pending> rest = new ArrayList<>();
        for (List<Integer> group : groups) {
            ShortcutRanker.Decision decision = shortcut.decide(group.stream().map(i -> profiles[i]).toList());
            Optional<List<List<Option>>> ranked = decision.ranked();
            if (ranked.isEmpty()) {
                rest.add(new Pending(group, decision.restriction()));
                continue;
            }
            for (int k = 0; k < group.size(); k++) {
                rankings[group.get(k)] = new Ranking(profiles[group.get(k)], keep.apply(ranked.get().get(k)));
            }
            advance(group.size());
        }
        return rest;
    }

    /** Ranks the groups on one msearch; a restricted query scores only the vacancies its hits are among. */
    void rankBySearch(BatchSearch search, Ranker ranker, VacancyPool pool, List<Pending> pending) throws IOException {
        List<BatchSearch.Result> results = search.run(pending.stream().map(p -> request(search, p)).toList());
        List<List<Integer>> groups = pending.stream().map(Pending::group).toList();
        for (int g = 0; g < groups.size(); g++) {
            BatchSearch.Result result = results.get(g);
            List<VacancyPool.Pooled> candidates = new ArrayList<>();
            if (!result.failed()) {
                List<String> ids = new ArrayList<>(pending.get(g).restriction()
                        .map(ShortcutRanker.Restriction::surely).orElse(List.of()));
                ids.addAll(result.ids());
                for (String id : ids) {
                    pool.get(id).ifPresent(candidates::add);
                }
            }
            for (int i : groups.get(g)) {
                if (result.failed()) {
                    failures.put(profiles[i].person().id(), result.failure());
                } else {
                    rankings[i] = new Ranking(profiles[i], keep.apply(ranker.options(profiles[i], candidates)));
                }
            }
            advance(groups.get(g).size());
        }
    }

    /** Filter clauses score nothing: the hits among the ids keep their scores and their order. */
    private BatchSearch.Request request(BatchSearch search, Pending pending) {
        Query query = VacancyQueries.recommend(first(pending.group()));
        return pending.restriction().map(r -> new BatchSearch.Request(
                        Query.of(q -> q.bool(b -> b.must(query).filter(f -> f.ids(i -> i.values(r.among()))))),
                        search.size() - r.surely().size()))
                .orElse(new BatchSearch.Request(query, search.size()));
    }

    private synchronized void advance(int persons) {
        progress.accept(done.addAndGet(persons));
    }

    /** Runs the tasks on {@code executor}, collecting their results, failing on the first failure. */
    static <T> List<T> all(ExecutorService executor, List<Callable<T>> tasks) throws IOException {
        ExecutorCompletionService<T> completion = new ExecutorCompletionService<>(executor);
        tasks.forEach(completion::submit);
        List<T> results = new ArrayList<>(tasks.size());
        try {
            for (int i = 0; i < tasks.size(); i++) {
                results.add(completion.take().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch ranking interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        return results;
    }
}
