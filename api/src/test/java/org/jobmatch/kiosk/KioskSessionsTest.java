package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class KioskSessionsTest {

    private final TestClock clock = new TestClock();
    private final KioskSessions sessions =
            new KioskSessions(Duration.ofMinutes(3), Duration.ofMinutes(15), clock, new SecureRandom());

    @Test
    void tokenIsOpaqueAndUnguessable() {
        String token = sessions.open("P-0001", "127.0.0.1");

        assertThat(token).doesNotContain("P-0001").hasSizeGreaterThanOrEqualTo(43);
        assertThat(sessions.open("P-0001", "127.0.0.1")).isNotEqualTo(token);
    }

    @Test
    void tokenStandsForThePerson() {
        String token = sessions.open("P-0001", "127.0.0.1");

        assertThat(sessions.use(token)).get().extracting(KioskSession::personId).isEqualTo("P-0001");
    }

    @Test
    void sessionExpiresAfterBeingIdle() {
        String token = sessions.open("P-0001", "127.0.0.1");
        clock.advance(Duration.ofMinutes(3));

        assertThat(sessions.use(token)).isEmpty();
    }

    @Test
    void useKeepsTheSessionAlive() {
        String token = sessions.open("P-0001", "127.0.0.1");
        clock.advance(Duration.ofMinutes(2));
        sessions.use(token);
        clock.advance(Duration.ofMinutes(2));

        assertThat(sessions.use(token)).isPresent();
    }

    @Test
    void sessionEndsAtItsMaximumAgeEvenWhenInUse() {
        String token = sessions.open("P-0001", "127.0.0.1");
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(2));
            sessions.use(token);
        }

        assertThat(sessions.use(token)).isEmpty();
    }

    @Test
    void closedSessionIsGone() {
        String token = sessions.open("P-0001", "127.0.0.1");
        sessions.close(token);

        assertThat(sessions.use(token)).isEmpty();
    }

    @Test
    void unknownOrMissingTokenFindsNothing() {
        assertThat(sessions.use("nope")).isEmpty();
        assertThat(sessions.use(null)).isEmpty();
    }
}
