package org.jobmatch.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import org.jobmatch.web.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Batch runs (the API of this package). Runs execute one after another on one background thread, and other
 * instances on the same ledger join them (leases, see {@link BatchLeases}); a run over persons another run still
 * has pending is refused. Shutting down interrupts the current run, which stays RUNNING and is taken over by
 * another instance or resumed at the next start.
 */
@Service
public class BatchService {

    private final BatchStore store;
    private final BatchLeases leases;
    private final BatchRunner runner;
    private final BatchProperties properties;
    private final BatchFilters filters;
    private final ResultsWorkbook workbook;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "batch-runner");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> scheduled = ConcurrentHashMap.newKeySet();

    BatchService(BatchStore store, BatchLeases leases, BatchRunner runner, BatchProperties properties,
                 BatchFilters filters, ResultsWorkbook workbook) {
        this.store = store;
        this.leases = leases;
        this.runner = runner;
        this.properties = properties;
        this.filters = filters;
        this.workbook = workbook;
    }

    /**
     * Creates a run and queues it.
     *
     * @throws ApiException 400 for an unknown township, 409 when another run still has some of these persons pending
     */
    public BatchView start(BatchFilter filter, String operator, Integer referralsPerOpening) {
        long id = create(filter, operator, referralsPerOpening);
        submit(id);
        return find(id).orElseThrow();
    }

    /**
     * Creates a run without starting it (the command line runs it in the foreground).
     * {@code referralsPerOpening}: the cap K for this run, null for {@code jobmatch.batch.referrals-per-opening}.
     */
    public long create(BatchFilter filter, String operator, Integer referralsPerOpening) {
        return create(filter, operator, referralsPerOpening, properties.chunk());
    }

    /** As {@link #create(BatchFilter, String, Integer)}, with {@code chunk} persons per lease. */
    long create(BatchFilter filter, String operator, Integer referralsPerOpening, int chunk) {
        filters.check(filter);
        try {
            return store.create(filter, operator,
                    referralsPerOpening == null ? properties.referralsPerOpening() : referralsPerOpening, chunk);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("batch-conflict", "另一个批次正在为其中部分人员推荐，请等待其完成",
                    "another batch run still has some of these persons pending");
        }
    }

    /** The run, with its phase and persons ranked while it runs (on whichever instances work on it). */
    public Optional<BatchView> find(long id) {
        return store.find(id).map(view -> view.status() != BatchStatus.RUNNING ? view
                : view.withProgress(leases.progress(id)));
    }

    /** The RUNNING batches, oldest first (a run interrupted by a stop or a crash, or worked on elsewhere). */
    public List<Long> running() {
        return store.running();
    }

    /** Works on batch {@code id} in the calling thread until it is finished; false when interrupted. */
    public boolean runHere(long id, BatchProgress listener) {
        scheduled.add(id);
        try {
            return runner.run(id, listener);
        } finally {
            scheduled.remove(id);
        }
    }

    /** The run's results as an Excel workbook laid out for printing, with the fairness report as a summary sheet. */
    public void writeWorkbook(long id, OutputStream out) throws IOException {
        BatchView view = find(id).orElseThrow(() -> ApiException.notFound("batch", Long.toString(id)));
        workbook.write(id, Titles.of(view), view.report(), out);
    }

    /** Everyone the run covers (whose names its workbook shows). */
    public List<String> personIds(long id) {
        return store.personIds(id);
    }

    /**
     * Queues every RUNNING batch not already queued here: what startup does after a stop or a crash, and what a
     * service does from time to time to join runs started by other instances.
     */
    public List<Future<Boolean>> resumeRunning() {
        List<Future<Boolean>> resumed = new ArrayList<>();
        for (long id : store.running()) {
            submit(id).ifPresent(resumed::add);
        }
        return resumed;
    }

    private Optional<Future<Boolean>> submit(long id) {
        if (!scheduled.add(id)) {
            return Optional.empty();
        }
        return Optional.of(executor.submit(() -> {
            try {
                return runner.run(id, BatchProgress.NONE);
            } finally {
                scheduled.remove(id);
            }
        }));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
