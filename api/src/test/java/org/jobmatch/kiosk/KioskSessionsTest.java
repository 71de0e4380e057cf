package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;

import org.jobmatch.support.MovingClock;
import org.junit.jupiter.api.Test;

class KioskSessionsTest {

    private final MovingClock clock = new MovingClock();
    private final KioskSessions sessions =
            new KioskSessions(Duration.ofMinutes(3), Duration.ofMinutes(15), clock, new SecureRandom());

    @Test
    void tokenIsOpaqueAndUnguessable() {
        String token = sessions.open("P-0001", "kiosk-bus-1");

        assertThat(token).doesNotContain("P-0001").hasSizeGreaterThanOrEqualTo(43);
        assertThat(sessions.open("P-0001", "kiosk-bus-1")).isNotEqualTo(token);
    }

    @Test
    void tokenWorksOnlyOnTheDeviceThatOpenedIt() {
        String token = sessions.open("P-0001", "kiosk-bus-1");

        assertThat(sessions.use(token, "kiosk-bus-2")).isEmpty();
        assertThat(sessions.use(token, "kiosk-bus-1")).isPresent();
    }

    @Test
    void tokenStandsForThePerson() {
        String token = sessions.open("P-0001", "kiosk-bus-1");

        assertThat(sessions.use(token, "kiosk-bus-1")).get().extracting(KioskSession::personId).isEqualTo("P-0001");
    }

    @Test
    void sessionExpiresAfterBeingIdle() {
        String token = sessions.open("P-0001", "kiosk-bus-1");
        clock.advance(Duration.ofMinutes(3));

        assertThat(sessions.use(token, "kiosk-bus-1")).isEmpty();
    }

    @Test
    void useKeepsTheSessionAlive() {
        String token = sessions.open("P-0001", "kiosk-bus-1");
        clock.advance(Duration.ofMinutes(2));
        sessions.use(token, "kiosk-bus-1");
        clock.advance(Duration.ofMinutes(2));

        assertThat(sessions.use(token, "kiosk-bus-1")).isPresent();
    }

    @Test
    void sessionEndsAtItsMaximumAgeEvenWhenInUse() {
        String token = sessions.open("P-0001", "kiosk-bus-1");
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(2));
            sessions.use(token, "kiosk-bus-1");
        }

        assertThat(sessions.use(token, "kiosk-bus-1")).isEmpty();
    }

    @Test
    void closedSessionIsGone() {
        String token = sessions.open("P-0001", "kiosk-bus-1");
        sessions.close(token);

        assertThat(sessions.use(token, "kiosk-bus-1")).isEmpty();
    }

    @Test
    void unknownOrMissingTokenFindsNothing() {
        assertThat(sessions.use("nope", "kiosk-bus-1")).isEmpty();
        assertThat(sessions.use(null, "kiosk-bus-1")).isEmpty();
    }
}
