package org.jobmatch.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * JVM shutdown fallback for when Spring's shutdown handlers do not run (tests, plain use).
 * Hooks run concurrently, so it first waits until the Spring contexts using the servers are
 * fully closed (ContextClosedEvent comes too early): their pools must go before PostgreSQL.
 */
final class ShutdownHook {

    private static final Duration CONTEXT_CLOSE_WAIT = Duration.ofSeconds(30);
    private static final Map<Object, BooleanSupplier> ACTIVE_CONTEXTS = new ConcurrentHashMap<>();
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    private ShutdownHook() {
    }

    static void ensureRegistered(Runnable stopAll) {
        if (REGISTERED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitContextsClosed();
                stopAll.run();
            }, "jobmatch-embedded-shutdown"));
        }
    }

    /** Remembers a context using the servers until {@code active} turns false. */
    static void track(Object context, BooleanSupplier active) {
        ACTIVE_CONTEXTS.values().removeIf(stillActive -> !stillActive.getAsBoolean());
        ACTIVE_CONTEXTS.put(context, active);
    }

    private static void awaitContextsClosed() {
        long deadline = System.nanoTime() + CONTEXT_CLOSE_WAIT.toNanos();
        while (ACTIVE_CONTEXTS.values().stream().anyMatch(BooleanSupplier::getAsBoolean)
                && System.nanoTime() < deadline) {
            ChildProcess.sleep(Duration.ofMillis(100));
        }
    }
}
