package org.jobmatch.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.jobmatch.domain.Person;
import org.jobmatch.matching.BatchRecommender;
import org.jobmatch.matching.scoring.Option;
import org.jobmatch.matching.PhaseTimes;
import org.jobmatch.matching.Ranking;
import org.jobmatch.matching.Rankings;
import org.jobmatch.person.PersonLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a batch, or resumes one, by the same path: the persons still pending are ranked, allocated against
 * what capacity the run has left, and written chunk by chunk. Interrupted between chunks, it stops and
 * leaves the batch RUNNING, to be resumed; any other failure marks it FAILED.
 */
@Component
class BatchRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);
    private static final int PERSON_PAGE = 5000;
    private static final int WRITERS = 2;

    private final BatchStore store;
    private final PersonLedger persons;
    private final BatchRecommender recommender;
    private final ResultLines lines;
    private final ProgressWriter writer;
    private final BatchProperties properties;

    BatchRunner(BatchStore store, PersonLedger persons, BatchRecommender recommender, ResultLines lines,
                ProgressWriter writer, BatchProperties properties) {
        this.store = store;
        this.persons = persons;
        this.recommender = recommender;
        this.lines = lines;
        this.writer = writer;
        this.properties = properties;
    }

    /** Runs batch {@code id} to its end; false when interrupted (the batch stays RUNNING). */
    boolean run(long id, BatchProgress progress) {
        return run(id, progress, properties.writeChunk());
    }

    boolean run(long id, BatchProgress progress, int writeChunk) {
        BatchView batch = store.find(id).orElseThrow(() -> new IllegalArgumentException("no batch " + id));
        PhaseTimes times = new PhaseTimes();
        try {
            List<Person> pending = load(store.pending(id));
            times.lap("loading");
            Rankings rankings = recommender.rank(pending, batch.runOn(),
                    n -> progress.update(BatchProgress.Phase.RANKING, n, pending.size()));
            times.lap("ranking");
            log.info("批次 {}: {} 人, {} 个在招岗位 (batch {}: {} persons, {} open vacancies)", id, pending.size(),
                    rankings.view().size(), id, pending.size(), rankings.view().size());
            RecentReferrals recent = new RecentReferrals(store.referredAfter(id,
                    batch.runOn().minusDays(properties.repeatReferralsAfter().toDays())),
                    properties.repeatReferralsAfter().toDays());
            List<Allocation.Outcome<Option>> outcomes = allocate(id, batch, rankings, recent);
            times.lap("allocation");
            if (!write(id, batch, rankings, outcomes, recent, progress, writeChunk)) {
                return false;
            }
            times.lap("writing");
            store.finish(id, report(id, batch));
            times.lap("report");
            log.info("批次 {} 各阶段用时 (batch {} phases): {}", id, id, times);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("批次 {} 已中断，重启后继续 (batch interrupted, resumes at startup)", id);
            return false;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                log.info("批次 {} 已中断，重启后继续 (batch interrupted, resumes at startup)", id);
                return false;
            }
            log.error("批次 {} 失败 (batch failed)", id, e);
            store.fail(id, e.toString());
            return true;
        }
    }

    private List<Allocation.Outcome<Option>> allocate(long id, BatchView batch, Rankings rankings,
                                                      RecentReferrals recent) {
        Map<String, Integer> remaining = Allocation.capacity(store.openVacancies(batch.runOn()),
                batch.referralsPerOpening(), store.referralsByVacancy(id));
        Allocation<Option> allocation = new Allocation<>(Option::vacancyId, Option::employer, Option::score,
                recommender.settings().recommendations());
        return allocation.allocate(rankings.rankings().stream().map(recent::fresh).toList(), remaining);
    }

    private boolean write(long id, BatchView batch, Rankings rankings, List<Allocation.Outcome<Option>> outcomes,
                          RecentReferrals recent, BatchProgress progress, int chunk) {
        List<Supplier<CompletedPerson>> work = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Ranking ranking = rankings.rankings().get(i);
            Allocation.Outcome<Option> outcome = outcomes.get(i);
            work.add(() -> lines.completed(rankings, ranking, outcome, recent));
        }
        rankings.failures().forEach((person, why) -> work.add(() -> lines.failed(person, why)));
        // Two chunks are in flight at once (lines built, then written on their own connection); progress and the
        // check for interruption stay on this thread, between chunks.
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            Deque<Future<Integer>> inFlight = new ArrayDeque<>();
            for (int from = 0; from < work.size(); from += chunk) {
                if (Thread.currentThread().isInterrupted()) {
                    finish(inFlight, progress, work.size());
                    return false;
                }
                List<Supplier<CompletedPerson>> part = work.subList(from, Math.min(work.size(), from + chunk));
                int end = Math.min(work.size(), from + chunk);
                inFlight.add(writers.submit(() -> {
                    writer.write(id, batch.operator(), part.parallelStream().map(Supplier::get).toList());
                    return end;
                }));
                if (inFlight.size() >= WRITERS) {
                    progress.update(BatchProgress.Phase.WRITING, await(inFlight.poll()), work.size());
                }
            }
            finish(inFlight, progress, work.size());
            return !Thread.currentThread().isInterrupted();
        } finally {
            writers.shutdown();
        }
    }

    private static void finish(Deque<Future<Integer>> inFlight, BatchProgress progress, int total) {
        while (!inFlight.isEmpty()) {
            progress.update(BatchProgress.Phase.WRITING, await(inFlight.poll()), total);
        }
    }

    /** Waits for a chunk even when interrupted (it is written or not, atomically), keeping the interrupt. */
    private static int await(Future<Integer> chunk) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return chunk.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private FairnessReport report(long id, BatchView batch) {
        double[] givenUpAndRelaxed = store.givenUpAndRelaxed(id);
        return FairnessReport.of(batch.referralsPerOpening(), store.referralsByVacancy(id),
                store.openVacancies(batch.runOn()), givenUpAndRelaxed[0], (long) givenUpAndRelaxed[1]);
    }

    /** The persons in the order of {@code ids}. */
    private List<Person> load(List<String> ids) {
        List<Person> loaded = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += PERSON_PAGE) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + PERSON_PAGE));
            Map<String, Person> byId = new java.util.HashMap<>();
            persons.findVersioned(page).forEach(v -> byId.put(v.person().id(), v.person()));
            page.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(loaded::add);
        }
        return loaded;
    }
}
