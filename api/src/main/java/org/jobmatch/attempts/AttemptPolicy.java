package org.jobmatch.attempts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down guessing: after {@code freeFailures} failed attempts on a key, each further failure locks the key
 * for twice as long as the last one ({@code baseDelay}, 2x, 4x ... up to {@code maxDelay}). A key's failures
 * are forgotten after {@code forgetAfter} without any.
 */
public record AttemptPolicy(int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter) {

    public AttemptPolicy {
        if (freeFailures < 1 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("invalid attempt policy");
        }
    }

    /** The failures of a key after one more at {@code now}. */
    Failures afterFailure(Failures old, Instant now) {
        int count = old == null || isStale(old, now) ? 1 : old.count() + 1;
        Instant lockedUntil = count > freeFailures ? now.plus(delay(count - freeFailures)) : now;
        return new Failures(count, now, lockedUntil);
    }

    /** How much longer the key is locked at {@code now}, if it is. */
    static Optional<Duration> lockedFor(Failures failures, Instant now) {
        if (failures == null || !failures.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.lockedUntil()));
    }

    /** The n-th lock (n >= 1): baseDelay doubled n - 1 times, at most maxDelay. */
    Duration delay(int n) {
        Duration delay = baseDelay;
        for (int i = 1; i < n && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private boolean isStale(Failures failures, Instant now) {
        return !failures.lockedUntil().isAfter(now) && failures.lastFailure().plus(forgetAfter).isBefore(now);
    }

    /** A key's failures: how many, the last one, and the lock they caused. */
    record Failures(int count, Instant lastFailure, Instant lockedUntil) {
    }
}
