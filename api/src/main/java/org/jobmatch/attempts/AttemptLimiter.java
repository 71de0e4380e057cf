package org.jobmatch.attempts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jobmatch.attempts.AttemptPolicy.Failures;

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

    /** How much longer the longest lock among the keys lasts, if any is locked. */
    public Optional<Duration> lockedFor(String... keys) {
        return counted(keys).lockedFor();
    }

    /** What the keys have counted now, read at once. */
    public Counted counted(String... keys) {
        return new Counted(store.read(List.of(keys)), clock.instant());
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

    /** Forgets the key's failures, where {@code counted} saw any (a success with none costs no write). */
    public void success(String key, Counted counted) {
        if (counted.failures.containsKey(key)) {
            store.remove(key);
        }
    }

    /** The failures of some keys as read at one instant. */
    public static final class Counted {

        private final Map<String, Failures> failures;
        private final Instant at;

        private Counted(Map<String, Failures> failures, Instant at) {
            this.failures = failures;
            this.at = at;
        }

        /** How much longer the longest lock among the keys lasts, if any is locked. */
        public Optional<Duration> lockedFor() {
            return failures.values().stream().flatMap(f -> AttemptPolicy.lockedFor(f, at).stream())
                    .max(Duration::compareTo);
        }
    }
}
