package org.jobmatch.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import org.jobmatch.matching.pool.VacancyPool;
import org.springframework.stereotype.Component;

/**
 * Writes a run's allocated chunks, two in flight at once (each built, then written on its own connection), taking
 * each under a lease. Progress and the check for interruption stay on the calling thread, between chunks; a chunk
 * in flight is finished either way (it is written or not, atomically).
 */
@Component
class ChunkWriters {

    private static final int WRITERS = 2;

    private final WriteStep step;
    private final BatchLeases leases;
    private final BatchProperties properties;
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS, r -> {
        Thread thread = new Thread(r, "batch-writer");
        thread.setDaemon(true);
        return thread;
    });

    ChunkWriters(WriteStep step, BatchLeases leases, BatchProperties properties) {
        this.step = step;
        this.leases = leases;
        this.properties = properties;
    }

    /** Writes chunks while any can be taken; false when none could. */
    boolean writeWhatIsLeft(long id, BatchView batch, VacancyPool.View view, String instance, BatchProgress progress) {
        Deque<Future<?>> inFlight = new ArrayDeque<>();
        boolean any = false;
        while (true) {
            while (inFlight.size() < WRITERS && !Thread.currentThread().isInterrupted()) {
                OptionalInt chunk = leases.takeChunkToWrite(id, instance, properties.leaseTimeout());
                if (chunk.isEmpty()) {
                    break;
                }
                any = true;
                inFlight.add(pool.submit(() -> step.write(id, chunk.getAsInt(), batch, view)));
            }
            if (inFlight.isEmpty()) {
                return any;
            }
            await(inFlight.poll());
            BatchLeases.Progress now = leases.progress(id);
            progress.update(BatchProgress.Phase.WRITING, now.written(), now.persons());
        }
    }

    /** Waits for a chunk even when interrupted, keeping the interrupt. */
    private static void await(Future<?> chunk) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    chunk.get();
                    return;
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

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
