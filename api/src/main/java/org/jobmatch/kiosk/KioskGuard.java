package org.jobmatch.kiosk;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/** Throttles wrong identifications twice over: per identity tried, and per kiosk (client address). */
final class KioskGuard {

    private final AttemptThrottle identities;
    private final AttemptThrottle kiosks;

    KioskGuard(AttemptThrottle identities, AttemptThrottle kiosks) {
        this.identities = identities;
        this.kiosks = kiosks;
    }

    /** How long before this kiosk may try this identity again, if it must wait. */
    Optional<Duration> lockedFor(String kiosk, String identity) {
        return longest(kiosks.lockedFor(kiosk), identities.lockedFor(identity));
    }

    /** Counts a wrong identification; returns the wait it imposes, if any. */
    Optional<Duration> failed(String kiosk, String identity) {
        return longest(kiosks.failure(kiosk), identities.failure(identity));
    }

    /** A kiosk's failures fade with time only: someone guessing must not clear them by using their own card. */
    void succeeded(String identity) {
        identities.success(identity);
    }

    void clear() {
        identities.clear();
        kiosks.clear();
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        return Stream.of(a, b).flatMap(Optional::stream).max(Duration::compareTo);
    }
}
