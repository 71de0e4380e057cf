package org.jobmatch.matching;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jobmatch.index.IndexKind;
import org.jobmatch.domain.Person;
import org.jobmatch.index.Documents;

/**
 * Ranks the candidates of many persons at once: one search per distinct query (persons whose searches
 * would be identical share one), sent as msearch batches in parallel, re-ranked in Java exactly as
 * {@link Recommender} does. Allocation of the options is the caller's.
 */
public class BatchRecommender {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchRecommender.class);
    private static final int VERIFY_SAMPLE = 200;

    private final ElasticsearchClient client;
    private final Supplier<Documents> documents;
    private final MatchingSettings settings;
    private final BatchSettings batch;
    private final Ranker ranker;

    public BatchRecommender(ElasticsearchClient client, Supplier<Documents> documents, MatchingSettings settings,
                            BatchSettings batch) {
        this.client = client;
        this.documents = documents;
        this.settings = settings;
        this.batch = batch;
        this.ranker = new Ranker(settings);
    }

    public MatchingSettings settings() {
        return settings;
    }

    /** Every indexed vacancy, for one run. */
    public VacancyPool pool() throws IOException {
        return VacancyPool.load(client);
    }

    /**
     * Ranks each person's candidates; {@code progress} is told how many persons are ranked so far. Groups
     * of identical queries are decided in Java where that provably matches the search (checked against
     * Elasticsearch on a sample first), the rest by msearch.
     */
    public Rankings rank(List<Person> persons, LocalDate today, VacancyPool pool, IntConsumer progress)
            throws IOException {
        PhaseTimes times = new PhaseTimes();
        var analyzer = documents.get().analyzer();
        PersonProfile[] profiles = persons.parallelStream().map(p -> PersonProfile.of(p, today, analyzer))
                .toArray(PersonProfile[]::new);
        Ranking[] rankings = new Ranking[profiles.length];
        Map<QueryKey, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < profiles.length; i++) {
            if (profiles[i].person().employmentStatus().seeksWork()) {
                groups.computeIfAbsent(QueryKey.of(profiles[i], pool), k -> new ArrayList<>()).add(i);
            } else {
                rankings[i] = new Ranking(profiles[i], List.of());
            }
        }
        GroupWork work = new GroupWork(profiles, rankings, progress, this::keep);
        List<List<Integer>> all = new ArrayList<>(groups.values());
        // Persons of one village share a location: ranking them one after another reuses its distances.
        all.sort(java.util.Comparator.comparingDouble((List<Integer> g) -> profiles[g.get(0)].person().location().lat())
                .thenComparingDouble(g -> profiles[g.get(0)].person().location().lon()));
        ExecutorService executor = Executors.newFixedThreadPool(batch.parallelism(), r -> {
            Thread thread = new Thread(r, "batch-ranking");
            thread.setDaemon(true);
            return thread;
        });
        try {
            LocalIndex index = new LocalIndex(pool.all(), today, constant(Queries.term("lowThreshold", true, 3)),
                    constant(Queries.term("accessible", true, 2)), TermStatistics.of(client));
            ShortcutRanker shortcut = new ShortcutRanker(new LocalSearch(index, settings.candidatePool()), ranker,
                    settings.recommendations());
            times.lap("profiles and index");
            boolean trusted = verify(shortcut, work, all);
            times.lap("verification");
            List<GroupWork.Pending> toSearch = trusted ? local(executor, shortcut, work, all)
                    : all.stream().map(g -> new GroupWork.Pending(g, java.util.Optional.empty())).toList();
            times.lap("Java");
            BatchSearch search = new BatchSearch(client, settings.candidatePool());
            List<Callable<Integer>> searches = new ArrayList<>();
            for (List<GroupWork.Pending> chunk : chunks(toSearch, batch.searchesPerRequest())) {
                searches.add(() -> {
                    work.rankBySearch(search, ranker, pool, chunk);
                    return chunk.size();
                });
            }
            GroupWork.all(executor, searches);
            times.lap("Elasticsearch");
            log.info("排序各阶段用时 (ranking phases): {}", times);
            List<Ranking> ranked = Arrays.stream(rankings).filter(java.util.Objects::nonNull).toList();
            long restricted = toSearch.stream().filter(p -> p.restriction().isPresent()).count();
            return new Rankings(ranked, Map.copyOf(work.failures()), all.size(), toSearch.size(), (int) restricted,
                    trusted, profile -> WiderRadius.find(index, profile));
        } finally {
            executor.shutdownNow();
        }
    }

    /** Java ranking of every group in parallel; the groups it cannot decide are returned. */
    private static List<GroupWork.Pending> local(ExecutorService executor, ShortcutRanker shortcut, GroupWork work,
                                                 List<List<Integer>> groups) throws IOException {
        List<Callable<List<GroupWork.Pending>>> tasks = new ArrayList<>();
        for (List<List<Integer>> chunk : chunks(groups, 256)) {
            tasks.add(() -> work.rankLocally(shortcut, chunk));
        }
        List<GroupWork.Pending> rest = new ArrayList<>();
        GroupWork.all(executor, tasks).forEach(rest::addAll);
        return rest;
    }

    /** Compares the Java candidates with Elasticsearch's hits on a spread sample of the queries. */
    private boolean verify(ShortcutRanker shortcut, GroupWork work, List<List<Integer>> groups) throws IOException {
        List<List<Integer>> sample = new ArrayList<>();
        int step = Math.max(1, groups.size() / VERIFY_SAMPLE);
        for (int i = 0; i < groups.size() && sample.size() < VERIFY_SAMPLE; i += step) {
            sample.add(groups.get(i));
        }
        if (sample.isEmpty()) {
            return true;
        }
        BatchSearch search = new BatchSearch(client, settings.candidatePool());
        List<BatchSearch.Result> hits = search.run(sample.stream()
                .map(g -> new BatchSearch.Request(VacancyQueries.recommend(work.first(g)), search.size())).toList());
        for (int i = 0; i < sample.size(); i++) {
            PersonProfile profile = work.first(sample.get(i));
            java.util.Optional<String> differs = hits.get(i).failed() ? java.util.Optional.of(hits.get(i).failure())
                    : shortcut.disagreement(profile, hits.get(i));
            if (differs.isPresent()) {
                log.warn("Java 评分与检索不一致，本批全部检索 (Java scoring disagrees with Elasticsearch for {}: {}; "
                        + "searching every query)", profile.person().id(), differs.get());
                return false;
            }
        }
        return true;
    }

    /** The score Elasticsearch gives any vacancy matching {@code query} (a boosted term on a flag). */
    private float constant(co.elastic.clients.elasticsearch._types.query_dsl.Query query) throws IOException {
        var response = client.search(s -> s.index(IndexKind.VACANCY.alias()).size(1).query(query)
                .source(src -> src.fetch(false)), Void.class);
        var hits = response.hits().hits();
        return hits.isEmpty() || hits.get(0).score() == null ? 0 : hits.get(0).score().floatValue();
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /**
     * The chosen options of one of {@code rankings} as the contract's response, with reasons and, for a
     * short list, the note (its wider-radius hint counted in the run's own index of the vacancies).
     */
    public Recommendations recommendations(Rankings rankings, Ranking ranking, List<Option> chosen)
            throws IOException {
        var person = ranking.profile().person();
        if (!person.employmentStatus().seeksWork()) {
            return new Recommendations(person.id(), List.of(), Notes.notSeeking(person.employmentStatus()));
        }
        List<Scored> scored = new ArrayList<>(chosen.size());
        chosen.forEach(o -> scored.add(ranker.score(ranking.profile(), o.vacancy())));
        scored.sort(Ranker.BEST_FIRST);
        return Recommender.recommendations(rankings.widerRadius(), ranking.profile(), scored,
                settings.recommendations());
    }

    /**
     * The best {@code depth} options, plus the first of each employer up to the number of
     * recommendations: enough for allocation, and the employer spread of the whole list is kept.
     */
    private List<Option> keep(List<Option> options) {
        if (options.size() <= batch.depth()) {
            return options;
        }
        List<Option> kept = new ArrayList<>(options.subList(0, batch.depth()));
        java.util.Set<String> employers = new java.util.HashSet<>();
        for (Option option : options) {
            if (employers.size() < settings.recommendations() && employers.add(option.employer())
                    && !kept.contains(option)) {
                kept.add(option);
            }
        }
        return kept;
    }
}
