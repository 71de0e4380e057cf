package org.jobmatch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChunksInFlightTest {

    private final ChunksInFlight chunks = new ChunksInFlight();

    @AfterEach
    void stop() {
        Thread.interrupted();
        chunks.stop();
    }

    @Test
    void worksOnEveryChunkTakenTwoAtATime() {
        Queue<Integer> worked = new ConcurrentLinkedQueue<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicInteger done = new AtomicInteger();

        boolean any = chunks.workWhatIsLeft(take(0, 1, 2, 3, 4), chunk -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            bothStarted.countDown();
            bothStarted.await(5, TimeUnit.SECONDS); // the first two overlap
            worked.add(chunk);
            running.decrementAndGet();
        }, done::incrementAndGet);

        assertThat(any).isTrue();
        assertThat(worked).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(most.get()).isEqualTo(2);
        assertThat(done.get()).isEqualTo(5);
    }

    @Test
    void takesNothingWhenNoChunkIsLeft() {
        assertThat(chunks.workWhatIsLeft(take(), chunk -> { }, () -> { })).isFalse();
    }

    @Test
    void aChunkInterruptedAsTheServiceStopsLeavesTheRunToResumeNotFailed() {
        chunks.workWhatIsLeft(take(0), chunk -> {
            throw new InterruptedException("shutting down");
        }, () -> { });

        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aChunkThatFailsFailsTheRun() {
        assertThatThrownBy(() -> chunks.workWhatIsLeft(take(0), chunk -> {
            throw new IllegalStateException("ledger refused");
        }, () -> { })).isInstanceOf(IllegalStateException.class).hasMessage("ledger refused");
    }

    @Test
    void noChunkIsTakenOnceTheServiceHasStopped() {
        chunks.stop();
        Queue<Integer> worked = new ConcurrentLinkedQueue<>();

        chunks.workWhatIsLeft(take(0, 1), worked::add, () -> { });

        assertThat(worked).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    private static Supplier<OptionalInt> take(Integer... ids) {
        Queue<Integer> left = new ArrayDeque<>(List.of(ids));
        return () -> {
            synchronized (left) {
                Integer next = left.poll();
                return next == null ? OptionalInt.empty() : OptionalInt.of(next);
            }
        };
    }
}
