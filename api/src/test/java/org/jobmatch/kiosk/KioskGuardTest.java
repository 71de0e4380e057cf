package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jobmatch.attempts.AttemptPolicy;
import org.jobmatch.attempts.MemoryAttempts;
import org.jobmatch.support.MovingClock;
import org.junit.jupiter.api.Test;

class KioskGuardTest {

    private static final String ID = "320614197906121245";

    private final MovingClock clock = new MovingClock();
    private final KioskGuard guard = new KioskGuard(MemoryAttempts.limiter(clock), policy(3), policy(10), policy(25));

    private static AttemptPolicy policy(int free) {
        return new AttemptPolicy(free, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(1));
    }

    @Test
    void locksAnIdentityAfterThreeWrongTriesFromAnyDevice() {
        guard.failed("kiosk-1", ID);
        guard.failed("kiosk-2", ID);
        guard.failed("kiosk-3", ID);

        assertThat(guard.failed("kiosk-4", ID)).contains(Duration.ofSeconds(30));
        assertThat(guard.lockedFor("kiosk-5", ID)).isPresent();
        assertThat(guard.lockedFor("kiosk-5", "110101199003074514")).isEmpty();
    }

    @Test
    void locksADeviceTryingManyIdentities() {
        for (int i = 0; i < 10; i++) {
            assertThat(guard.failed("kiosk-1", "id-" + i)).isEmpty();
        }

        assertThat(guard.failed("kiosk-1", "id-x")).contains(Duration.ofSeconds(30));
        assertThat(guard.lockedFor("kiosk-1", "id-y")).isPresent();
        assertThat(guard.lockedFor("kiosk-2", "id-y")).isEmpty();
    }

    @Test
    void locksEveryDeviceWhenManyGuessAtOnce() {
        for (int device = 0; device < 5; device++) {
            for (int i = 0; i < 5; i++) {
                guard.failed("kiosk-" + device, "id-" + device + "-" + i);
            }
        }

        assertThat(guard.failed("kiosk-9", "id-z")).contains(Duration.ofSeconds(30));
        assertThat(guard.lockedFor("kiosk-10", "id-w")).isPresent();
    }

    @Test
    void answersThatTellSomethingCountForTheDeviceButNotTheIdentity() {
        for (int i = 0; i < 10; i++) {
            guard.told("kiosk-1");
        }

        assertThat(guard.told("kiosk-1")).contains(Duration.ofSeconds(30));
        assertThat(guard.lockedFor("kiosk-2", ID)).isEmpty();
    }

    @Test
    void successClearsTheIdentityButNotTheDevice() {
        for (int i = 0; i < 10; i++) {
            guard.failed("kiosk-1", ID);
            clock.advance(Duration.ofMinutes(31));
        }
        guard.succeeded(ID);

        assertThat(guard.failed("kiosk-1", "id-b")).isPresent();
    }

    @Test
    void keysIdentitiesByAHashNotTheNumber() {
        assertThat(KioskGuard.identity(ID)).doesNotContain(ID).startsWith("kiosk-identity:").hasSizeLessThan(100);
    }
}
