package org.jobmatch.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.jobmatch.domain.Person;
import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.scoring.Option;

/**
 * Ranks many persons at once against one view of the vacancy pool, by the same code as one
 * {@link Recommender#recommend}: a run's answers equal one request at a time by construction. Allocation of the
 * options is the caller's.
 */
public class BatchRecommender {

    private static final int CHUNK = 256;

    private final VacancyPool pool;
    private final Recommender recommender;
    private final BatchSettings batch;

    public BatchRecommender(VacancyPool pool, Recommender recommender, BatchSettings batch) {
        this.pool = pool;
        this.recommender = recommender;
        this.batch = batch;
    }

    public MatchingSettings settings() {
        return recommender.settings();
    }

    /** Brings the pool to what the ledger holds now and returns that view, for a run to rank and write against. */
    public VacancyPool.View snapshot() {
        pool.sync();
        return pool.view();
    }

    /**
     * Brings the pool to what the ledger holds now and ranks each person's options against it (the best
     * {@code depth}, and the best of each of the three best employers); {@code progress} is told how many persons
     * are ranked so far.
     */
    public Rankings rank(List<Person> persons, LocalDate today, IntConsumer progress) throws InterruptedException {
        return rank(persons, today, snapshot(), progress);
    }

    /** Ranks each person's options against {@code view} (a run's snapshot). */
    public Rankings rank(List<Person> persons, LocalDate today, VacancyPool.View view, IntConsumer progress)
            throws InterruptedException {
        int employers = settings().recommendations();
        Ranking[] rankings = new Ranking[persons.size()];
        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(batch.parallelism(), r -> {
            Thread thread = new Thread(r, "batch-ranking");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < persons.size(); from += CHUNK) {
                int start = from;
                int end = Math.min(persons.size(), from + CHUNK);
                chunks.add(executor.submit(() -> {
                    for (int i = start; i < end; i++) {
                        Person person = persons.get(i);
                        try {
                            PersonProfile profile = recommender.profile(person, today);
                            rankings[i] = new Ranking(profile, view.rank(profile, batch.depth(), employers));
                        } catch (RuntimeException e) {
                            failures.put(person.id(), e.getClass().getSimpleName());
                        }
                    }
                    progress.accept(done.addAndGet(end - start));
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
        List<Ranking> ranked = java.util.Arrays.stream(rankings).filter(java.util.Objects::nonNull).toList();
        return new Rankings(ranked, Map.copyOf(failures), view);
    }

    /** The chosen options of one of {@code rankings} as the contract's response, with reasons and notes. */
    public Recommendations recommendations(Rankings rankings, Ranking ranking, List<Option> chosen) {
        return recommendations(rankings.view(), ranking.profile(), chosen);
    }

    /** A person's chosen options (ranked against {@code view}) as the contract's response, with reasons and notes. */
    public Recommendations recommendations(VacancyPool.View view, Person person, LocalDate today, List<Option> chosen) {
        return recommendations(view, recommender.profile(person, today), chosen);
    }

    private Recommendations recommendations(VacancyPool.View view, PersonProfile profile, List<Option> chosen) {
        var person = profile.person();
        if (!person.employmentStatus().seeksWork()) {
            return new Recommendations(person.id(), List.of(), Notes.notSeeking(person.employmentStatus()));
        }
        return recommender.recommendations(view, profile, chosen, settings().recommendations());
    }

    public BatchSettings batchSettings() {
        return batch;
    }
}
