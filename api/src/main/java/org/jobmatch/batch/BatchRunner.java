package org.jobmatch.batch;

import java.util.OptionalInt;
import java.util.function.Supplier;

import org.jobmatch.matching.BatchRecommender;
import org.jobmatch.matching.PhaseTimes;
import org.jobmatch.matching.pool.VacancyPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Works on a run, alone or with other instances on the same ledger, until it is finished: takes chunks to rank
 * while there are any (two in flight), then (one instance) the allocation of the whole run, then chunks to write
 * (two in flight); waits while others hold what is left. A resumed run goes on the same way. Interrupted, it lets go
 * of its leases and leaves the run RUNNING; any other failure marks it FAILED with a problem (never an exception's
 * text).
 */
@Component
class BatchRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    private final BatchStore store;
    private final BatchLeases leases;
    private final BatchRecommender recommender;
    private final RankStep ranking;
    private final AllocateStep allocation;
    private final WriteStep writing;
    private final ChunksInFlight chunks;
    private final BatchProperties properties;
    private final String instance = Instance.next();

    BatchRunner(BatchStore store, BatchLeases leases, BatchRecommender recommender, RankStep ranking,
                AllocateStep allocation, WriteStep writing, ChunksInFlight chunks, BatchProperties properties) {
        this.store = store;
        this.leases = leases;
        this.recommender = recommender;
        this.ranking = ranking;
        this.allocation = allocation;
        this.writing = writing;
        this.chunks = chunks;
        this.properties = properties;
    }

    /** Works on batch {@code id} until it is finished; false when interrupted (the batch stays RUNNING). */
    boolean run(long id, BatchProgress progress) {
        BatchView batch = store.find(id).orElseThrow(() -> new IllegalArgumentException("no batch " + id));
        PhaseTimes times = new PhaseTimes();
        BatchFailure.Step step = BatchFailure.Step.RANKING;
        try {
            // the run ranks and writes against what the ledger holds now (this instance's view of it)
            VacancyPool.View view = recommender.snapshot();
            times.lap("loading");
            while (store.status(id).orElse(BatchStatus.DONE) == BatchStatus.RUNNING) {
                if (Thread.currentThread().isInterrupted()) {
                    return interrupted(id);
                }
                BatchLeases.Progress now = leases.progress(id);
                step = step(now);
                if (!work(id, batch, view, now, progress, times)) {
                    Thread.sleep(250); // others hold what is left: their leases end or they finish
                    times.lap("waiting");
                }
            }
            log.info("批次 {} 各阶段用时 (batch {} phases): {}", id, id, times);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return interrupted(id);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return interrupted(id);
            }
            log.error("批次 {} 失败 (batch failed) in {}", id, step, e);
            store.fail(id, BatchFailure.of(step, e));
            return true;
        }
    }

    private static BatchFailure.Step step(BatchLeases.Progress now) {
        return switch (BatchView.phase(now)) {
            case ALLOCATING -> BatchFailure.Step.ALLOCATION;
            case WRITING -> BatchFailure.Step.WRITING;
            default -> BatchFailure.Step.RANKING;
        };
    }

    /** One step of work on the run; false when others hold all that is left of it for now. */
    private boolean work(long id, BatchView batch, VacancyPool.View view, BatchLeases.Progress now,
                         BatchProgress progress, PhaseTimes times) {
        if (now.toRank() > 0) {
            return inFlight(id, BatchProgress.Phase.RANKING, progress, times,
                    () -> leases.takeChunkToRank(id, instance, properties.leaseTimeout()),
                    chunk -> ranking.rank(id, chunk, batch.runOn(), view));
        }
        if (!now.allocated()) {
            boolean taken = leases.takeAllocation(id, instance, properties.leaseTimeout());
            if (taken) {
                progress.update(BatchProgress.Phase.ALLOCATING, 0, now.persons());
                allocation.allocate(id, batch);
                times.lap("allocation");
            }
            return taken;
        }
        if (now.toWrite() > 0) {
            return inFlight(id, BatchProgress.Phase.WRITING, progress, times,
                    () -> leases.takeChunkToWrite(id, instance, properties.leaseTimeout()),
                    chunk -> writing.write(id, chunk, batch, view));
        }
        store.finish(id, report(id, batch));
        times.lap("report");
        return true;
    }

    /** Ranks or writes the chunks that can be taken, two in flight; false when none could be. */
    private boolean inFlight(long id, BatchProgress.Phase phase, BatchProgress progress, PhaseTimes times,
                             Supplier<OptionalInt> take, ChunksInFlight.Step step) {
        boolean ranking = phase == BatchProgress.Phase.RANKING;
        boolean any = chunks.workWhatIsLeft(take, step, () -> {
            BatchLeases.Progress after = leases.progress(id);
            progress.update(phase, ranking ? after.ranked() : after.written(), after.persons());
        });
        times.lap(ranking ? "ranking" : "writing");
        return any;
    }

    private boolean interrupted(long id) {
        leases.release(id, instance);
        log.info("批次 {} 已中断，重启后继续 (batch interrupted, resumes at startup)", id);
        return false;
    }

    private FairnessReport report(long id, BatchView batch) {
        double[] givenUpAndRelaxed = store.givenUpAndRelaxed(id);
        return FairnessReport.of(batch.referralsPerOpening(), store.referralsByVacancy(id),
                store.openVacancies(batch.runOn()), givenUpAndRelaxed[0], (long) givenUpAndRelaxed[1],
                store.spread(id).orElse(null));
    }
}
