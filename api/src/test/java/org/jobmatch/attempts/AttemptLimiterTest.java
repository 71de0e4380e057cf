package org.jobmatch.attempts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jobmatch.support.MovingClock;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    private final MovingClock clock = new MovingClock();
    private final AttemptPolicy policy =
            new AttemptPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(1));
    private final AttemptLimiter limiter = MemoryAttempts.limiter(clock);

    @Test
    void allowsTheFreeFailuresWithoutWaiting() {
        assertThat(limiter.failure("a", policy)).isEmpty();
        assertThat(limiter.failure("a", policy)).isEmpty();
        assertThat(limiter.failure("a", policy)).isEmpty();

        assertThat(limiter.lockedFor("a")).isEmpty();
    }

    @Test
    void locksAfterTheFreeFailuresAndDoublesEachTime() {
        failTimes("a", 3);

        assertThat(limiter.failure("a", policy)).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        assertThat(limiter.failure("a", policy)).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.failure("a", policy)).contains(Duration.ofSeconds(120));
    }

    @Test
    void reportsTheRemainingLockAndReleasesItWhenItRunsOut() {
        failTimes("a", 4);
        clock.advance(Duration.ofSeconds(10));

        assertThat(limiter.lockedFor("a")).contains(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.lockedFor("a")).isEmpty();
    }

    @Test
    void neverLocksLongerThanTheMaximum() {
        assertThat(policy.delay(30)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delay(5)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void keysAreThrottledIndependently() {
        failTimes("a", 4);

        assertThat(limiter.lockedFor("a")).isPresent();
        assertThat(limiter.lockedFor("b")).isEmpty();
    }

    @Test
    void successForgetsTheFailures() {
        failTimes("a", 3);
        limiter.success("a");

        assertThat(limiter.failure("a", policy)).isEmpty();
    }

    @Test
    void severalKeysReadAtOnceAnswerTheLongestLock() {
        failTimes("a", 4);
        clock.advance(Duration.ofSeconds(10));
        failTimes("b", 5);

        assertThat(limiter.lockedFor("a", "b", "c")).contains(Duration.ofSeconds(60));
        assertThat(limiter.lockedFor("c", "d")).isEmpty();
    }

    @Test
    void successForgetsTheFailuresTheReadSaw() {
        failTimes("a", 3);
        AttemptLimiter.Counted counted = limiter.counted("a", "b");
        limiter.success("a", counted);

        assertThat(limiter.failure("a", policy)).isEmpty();
    }

    @Test
    void successWithNothingCountedWritesNothing() {
        AttemptLimiter.Counted counted = limiter.counted("a");
        failTimes("a", 4);
        limiter.success("a", counted);

        assertThat(limiter.lockedFor("a")).isPresent();
    }

    @Test
    void forgetsOldFailuresAfterAQuietHour() {
        failTimes("a", 3);
        clock.advance(Duration.ofMinutes(61));

        assertThat(limiter.failure("a", policy)).isEmpty();
    }

    private void failTimes(String key, int times) {
        for (int i = 0; i < times; i++) {
            limiter.failure(key, policy);
        }
    }
}
