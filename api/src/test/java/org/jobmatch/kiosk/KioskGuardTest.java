package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class KioskGuardTest {

    private final TestClock clock = new TestClock();
    private final KioskGuard guard = new KioskGuard(
            new AttemptThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(1), clock),
            new AttemptThrottle(10, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(1), clock));

    @Test
    void locksAnIdentityAfterThreeWrongTriesFromAnywhere() {
        guard.failed("kiosk-1", "identity:320614197906121245");
        guard.failed("kiosk-2", "identity:320614197906121245");
        guard.failed("kiosk-3", "identity:320614197906121245");

        assertThat(guard.failed("kiosk-4", "identity:320614197906121245")).contains(Duration.ofSeconds(30));
        assertThat(guard.lockedFor("kiosk-5", "identity:320614197906121245")).isPresent();
        assertThat(guard.lockedFor("kiosk-5", "identity:1")).isEmpty();
    }

    @Test
    void locksAKioskTryingManyIdentities() {
        for (int i = 0; i < 10; i++) {
            assertThat(guard.failed("kiosk-1", "identity:" + i)).isEmpty();
        }

        assertThat(guard.failed("kiosk-1", "identity:x")).contains(Duration.ofSeconds(30));
        assertThat(guard.lockedFor("kiosk-1", "identity:y")).isPresent();
        assertThat(guard.lockedFor("kiosk-2", "identity:y")).isEmpty();
    }

    @Test
    void successClearsTheIdentityButNotTheKiosk() {
        for (int i = 0; i < 10; i++) {
            guard.failed("kiosk-1", "identity:a");
            clock.advance(Duration.ofMinutes(31));
        }
        guard.succeeded("identity:a");

        assertThat(guard.failed("kiosk-1", "identity:b")).isPresent();
    }
}
