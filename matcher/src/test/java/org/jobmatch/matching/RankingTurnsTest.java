package org.jobmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RankingTurnsTest {

    @Test
    void noMoreRankingsRunAtOnceThanAllowed() throws Exception {
        RankingTurns turns = new RankingTurns(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                answers.add(clients.submit(() -> turns.take(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(2);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aRequestThatGetsNoTurnWithinTheWaitIsRefusedAsBusy() throws Exception {
        RankingTurns turns = new RankingTurns(1, Duration.ofMillis(50));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> turns.take(() -> {
            started.countDown();
            await(release);
            return 0;
        }));
        holder.start();
        started.await();

        assertThatThrownBy(() -> turns.take(() -> 1)).isInstanceOf(RankingBusyException.class);
        release.countDown();
        holder.join();
        assertThat(turns.take(() -> 2)).as("the turn is given back").isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
