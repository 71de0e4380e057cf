package org.jobmatch.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Batch runs (the API of this package). Runs execute one after another on one background thread; a run
 * over persons another run still has pending is refused. Shutting down interrupts the current run, which
 * stays RUNNING and is resumed at the next start.
 */
@Service
public class BatchService {

    private final BatchStore store;
    private final BatchRunner runner;
    private final BatchProperties properties;
    private final ResultsWorkbook workbook;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "batch-runner");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, BatchProgress.Snapshot> progress = new ConcurrentHashMap<>();
    private final Set<Long> scheduled = ConcurrentHashMap.newKeySet();

    BatchService(BatchStore store, BatchRunner runner, BatchProperties properties, ResultsWorkbook workbook) {
        this.store = store;
        this.runner = runner;
        this.properties = properties;
        this.workbook = workbook;
    }

    /**
     * Creates a run and queues it.
     *
     * @throws ApiException 409 when another run still has some of these persons pending
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
        try {
            return store.create(filter, operator,
                    referralsPerOpening == null ? properties.referralsPerOpening() : referralsPerOpening);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("batch-conflict", "另一个批次正在为其中部分人员推荐，请等待其完成",
                    "another batch run still has some of these persons pending");
        }
    }

    public Optional<BatchView> find(long id) {
        return store.find(id).map(view -> {
            BatchProgress.Snapshot snapshot = progress.get(id);
            return snapshot == null || view.status() != BatchStatus.RUNNING ? view : view.withProgress(snapshot);
        });
    }

    /** The RUNNING batches, oldest first (a run interrupted by a stop or a crash). */
    public List<Long> running() {
        return store.running();
    }

    /** Runs batch {@code id} in the calling thread; false when interrupted. */
    public boolean runHere(long id, BatchProgress listener) {
        return runner.run(id, tracking(id, listener));
    }

    /** The run's results as an Excel sheet laid out for printing. */
    public void writeWorkbook(long id, OutputStream out) throws IOException {
        BatchView view = find(id).orElseThrow(() -> ApiException.notFound("batch", Long.toString(id)));
        workbook.write(id, Titles.of(view), out);
    }

    /** Everyone the run covers (whose names its workbook shows). */
    public List<String> personIds(long id) {
        return store.personIds(id);
    }

    /** Queues every RUNNING batch not already queued: what startup does after a stop or a crash. */
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
        progress.put(id, new BatchProgress.Snapshot(BatchProgress.Phase.QUEUED, 0));
        return Optional.of(executor.submit(() -> {
            try {
                return runner.run(id, tracking(id, BatchProgress.NONE));
            } finally {
                scheduled.remove(id);
                progress.remove(id);
            }
        }));
    }

    private BatchProgress tracking(long id, BatchProgress listener) {
        return (phase, done, total) -> {
            long ranked = phase == BatchProgress.Phase.RANKING ? done : total;
            progress.put(id, new BatchProgress.Snapshot(phase, ranked));
            listener.update(phase, done, total);
        };
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
