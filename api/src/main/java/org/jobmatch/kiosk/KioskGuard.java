package org.jobmatch.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.jobmatch.attempts.AttemptLimiter;
import org.jobmatch.attempts.AttemptPolicy;

/**
 * Throttles wrong identifications three times over: per identity tried (from any kiosk), per kiosk device, and
 * for the whole service (a slow, distributed search of the ledger). Kept in the ledger: a restart forgets nothing.
 * Identities are keyed by a hash, so the table holds no ID numbers.
 */
final class KioskGuard {

    private static final String GLOBAL = "kiosk-global";

    private final AttemptLimiter limiter;
    private final AttemptPolicy perIdentity;
    private final AttemptPolicy perDevice;
    private final AttemptPolicy global;

    KioskGuard(AttemptLimiter limiter, AttemptPolicy perIdentity, AttemptPolicy perDevice, AttemptPolicy global) {
        this.limiter = limiter;
        this.perIdentity = perIdentity;
        this.perDevice = perDevice;
        this.global = global;
    }

    /** How long before this device may try this ID number again, if it must wait. */
    Optional<Duration> lockedFor(String device, String idNumber) {
        return limiter.lockedFor(identity(idNumber), device(device), GLOBAL);
    }

    /** Counts a wrong identification; returns the wait it imposes, if any. */
    Optional<Duration> failed(String device, String idNumber) {
        return longest(limiter.failure(identity(idNumber), perIdentity), limiter.failure(device(device), perDevice),
                limiter.failure(GLOBAL, global));
    }

    /** An answer that told the device something about the ledger without a proof (a person with no phone). */
    Optional<Duration> told(String device) {
        return longest(limiter.failure(device(device), perDevice), limiter.failure(GLOBAL, global));
    }

    /** A device's failures fade with time only: someone guessing must not clear them by using their own card. */
    void succeeded(String idNumber) {
        limiter.success(identity(idNumber));
    }

    private static String device(String device) {
        return "kiosk-device:" + device;
    }

    static String identity(String idNumber) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idNumber.getBytes(StandardCharsets.US_ASCII));
            return "kiosk-identity:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static Optional<Duration> longest(Optional<Duration>... waits) {
        return Stream.of(waits).flatMap(Optional::stream).max(Duration::compareTo);
    }
}
