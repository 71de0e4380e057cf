package org.jobmatch.kiosk;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived kiosk sessions in memory, so that an ID number is sent once, not with every request. A session
 * ends after {@code idle} without use or {@code maxAge} after it opened, whichever comes first.
 */
final class KioskSessions {

    private static final int TOKEN_BYTES = 32;

    private final Duration idle;
    private final Duration maxAge;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, KioskSession> sessions = new ConcurrentHashMap<>();

    KioskSessions(Duration idle, Duration maxAge, Clock clock, SecureRandom random) {
        this.idle = idle;
        this.maxAge = maxAge;
        this.clock = clock;
        this.random = random;
    }

    /** Opens a session and returns its token. */
    String open(String personId, String client) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new KioskSession(personId, client, now));
        return token;
    }

    /** The live session of the token on this device, its idle time restarted; empty when unknown or expired. */
    Optional<KioskSession> use(String token, String device) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        KioskSession session = sessions.get(token);
        if (session == null || !session.client().equals(device)) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    Duration idle() {
        return idle;
    }

    private boolean expired(KioskSession session, Instant now) {
        return !now.isBefore(session.lastUsed().plus(idle)) || !now.isBefore(session.openedAt().plus(maxAge));
    }
}
