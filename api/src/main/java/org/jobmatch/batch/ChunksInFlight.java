package org.jobmatch.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Works through a run's chunks of one step (ranking or writing), two in flight at once, so that one chunk computes
 * while the other reads or writes the ledger; each chunk is taken under a lease. Progress and the check for
 * interruption stay on the calling thread, between chunks; a chunk in flight is finished either way (its step
 * stores it or not, atomically).
 */
@Component
class ChunksInFlight {

    private static final int IN_FLIGHT = 2;

    /** One step on one chunk. */
    @FunctionalInterface
    interface Step {
        void on(int chunk) throws InterruptedException;
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
        Thread thread = new Thread(r, "batch-chunk");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Takes chunks with {@code take} while it gives any and works on each with {@code step}, telling
     * {@code done} after each; false when none could be taken.
     */
    boolean workWhatIsLeft(Supplier<OptionalInt> take, Step step, Runnable done) {
        Deque<Future<?>> inFlight = new ArrayDeque<>();
        boolean any = false;
        while (true) {
            while (inFlight.size() < IN_FLIGHT && !Thread.currentThread().isInterrupted()) {
                OptionalInt chunk = take.get();
                if (chunk.isEmpty()) {
                    break;
                }
                any = true;
                try {
                    inFlight.add(pool.submit(() -> {
                        step.on(chunk.getAsInt());
                        return null;
                    }));
                } catch (RejectedExecutionException e) { // shutting down: the chunk's lease runs out
                    Thread.currentThread().interrupt();
                }
            }
            if (inFlight.isEmpty()) {
                return any;
            }
            await(inFlight.poll());
            done.run();
        }
    }

    /**
     * Waits for a chunk even when interrupted, keeping the interrupt; a chunk interrupted itself (the service shutting
     * down) interrupts the caller too, so that the run is left to resume, not failed.
     */
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
                    if (e.getCause() instanceof InterruptedException) {
                        interrupted = true;
                        return;
                    }
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
