package org.jobmatch.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@code freeFailures} failed attempts on a key, each further failure locks the key
 * for twice as long as the last one ({@code baseDelay}, 2x, 4x ... up to {@code maxDelay}). A key's failures are
 * forgotten after {@code forgetAfter} without any, and on success. In memory: a restart forgets everything.
 */
final class AttemptThrottle {

    private static final int MAX_KEYS = 10_000;

    private final int freeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    AttemptThrottle(int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter, Clock clock) {
        this.freeFailures = freeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** How much longer the key is locked, if it is. */
    Optional<Duration> lockedFor(String key) {
        Entry entry = entries.get(key);
        Instant now = clock.instant();
        if (entry == null || !entry.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, entry.lockedUntil()));
    }

    /** Counts a failure; returns the lock it causes, if any. */
    Optional<Duration> failure(String key) {
        if (entries.size() >= MAX_KEYS) {
            forgetStale();
        }
        Instant now = clock.instant();
        Entry entry = entries.compute(key, (k, old) -> {
            int failures = old == null || isStale(old, now) ? 1 : old.failures() + 1;
            Instant lockedUntil = failures > freeFailures ? now.plus(delay(failures - freeFailures)) : now;
            return new Entry(failures, now, lockedUntil);
        });
        return entry.lockedUntil().isAfter(now) ? Optional.of(Duration.between(now, entry.lockedUntil())) : Optional.empty();
    }

    void success(String key) {
        entries.remove(key);
    }

    void clear() {
        entries.clear();
    }

    /** The n-th lock (n >= 1): baseDelay doubled n - 1 times, at most maxDelay. */
    Duration delay(int n) {
        Duration delay = baseDelay;
        for (int i = 1; i < n && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private boolean isStale(Entry entry, Instant now) {
        return !entry.lockedUntil().isAfter(now) && entry.lastFailure().plus(forgetAfter).isBefore(now);
    }

    private void forgetStale() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> isStale(e, now));
    }
}
