package org.jobmatch.attempts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed attempts (kiosk identifications, logins) per key under a policy, in a store that outlives
 * the process. Measures real elapsed time, so it uses the system clock, not the business date.
 */
public class AttemptLimiter {

    private final FailureStore store;
    private final Clock clock;

    AttemptLimiter(FailureStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How much longer the key is locked, if it is. */
    public Optional<Duration> lockedFor(String key) {
        return store.read(key).flatMap(f -> AttemptPolicy.lockedFor(f, clock.instant()));
    }

    /** Counts a failure; returns the lock it causes, if any. */
    public Optional<Duration> failure(String key, AttemptPolicy policy) {
        var now = clock.instant();
        return AttemptPolicy.lockedFor(store.update(key, old -> policy.afterFailure(old, now)), now);
    }

    /** Forgets the key's failures. */
    public void success(String key) {
        store.remove(key);
    }
}
