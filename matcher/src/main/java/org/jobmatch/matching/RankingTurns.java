package org.jobmatch.matching;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Single requests rank in turns, as many at once as there are cores: ranking is all CPU, so more at once only
 * shares the cores and every request's latency grows with the number running. In turn (first come, first served),
 * a request waits for those ahead of it and then runs at full speed. One that cannot start within {@code wait} is
 * refused as busy.
 */
final class RankingTurns {

    private final Semaphore turns;
    private final Duration wait;

    RankingTurns(int atOnce, Duration wait) {
        this.turns = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    <T> T take(Supplier<T> ranking) {
        try {
            if (!turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new RankingBusyException(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RankingBusyException(wait);
        }
        try {
            return ranking.get();
        } finally {
            turns.release();
        }
    }
}
