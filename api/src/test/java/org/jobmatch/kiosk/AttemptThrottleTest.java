package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AttemptThrottleTest {

    private final TestClock clock = new TestClock();
    private final AttemptThrottle throttle =
            new AttemptThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(1), clock);

    @Test
    void allowsTheFreeFailuresWithoutWaiting() {
        assertThat(throttle.failure("a")).isEmpty();
        assertThat(throttle.failure("a")).isEmpty();
        assertThat(throttle.failure("a")).isEmpty();

        assertThat(throttle.lockedFor("a")).isEmpty();
    }

    @Test
    void locksAfterTheFreeFailuresAndDoublesEachTime() {
        failTimes("a", 3);

        assertThat(throttle.failure("a")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.failure("a")).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.failure("a")).contains(Duration.ofSeconds(120));
    }

    @Test
    void reportsTheRemainingLockAndReleasesItWhenItRunsOut() {
        failTimes("a", 4);
        clock.advance(Duration.ofSeconds(10));

        assertThat(throttle.lockedFor("a")).contains(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.lockedFor("a")).isEmpty();
    }

    @Test
    void neverLocksLongerThanTheMaximum() {
        assertThat(throttle.delay(30)).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.delay(5)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void keysAreThrottledIndependently() {
        failTimes("a", 4);

        assertThat(throttle.lockedFor("a")).isPresent();
        assertThat(throttle.lockedFor("b")).isEmpty();
    }

    @Test
    void successForgetsTheFailures() {
        failTimes("a", 3);
        throttle.success("a");

        assertThat(throttle.failure("a")).isEmpty();
    }

    @Test
    void forgetsOldFailuresAfterAQuietHour() {
        failTimes("a", 3);
        clock.advance(Duration.ofMinutes(61));

        assertThat(throttle.failure("a")).isEmpty();
    }

    private void failTimes(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failure(key);
        }
    }
}
