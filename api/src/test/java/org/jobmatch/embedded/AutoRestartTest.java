package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes ({@code sleep}) killed like a crashed server. */
class AutoRestartTest {

    @TempDir
    Path dir;

    private ProcessSlot slot;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private AutoRestart restarts;

    @AfterEach
    void stop() {
        slot.stop("KILL");
    }

    @Test
    void startsTheServerAgainWhenItsProcessIsKilled() throws Exception {
        long first = startWatched();

        ProcessHandle.of(first).orElseThrow().destroyForcibly();

        await().atMost(Duration.ofSeconds(30)).until(() -> !slot.pids().isEmpty() && !slot.pids().contains(first));
        assertThat(attempts).hasValue(2);
    }

    @Test
    void triesAgainUntilAStartSucceeds() throws Exception {
        long first = startWatched();
        failuresLeft.set(1);

        ProcessHandle.of(first).orElseThrow().destroyForcibly();

        await().atMost(Duration.ofSeconds(30)).until(() -> !slot.pids().isEmpty() && !slot.pids().contains(first));
        assertThat(attempts).hasValue(3);
    }

    @Test
    void leavesAStoppedServerStopped() throws Exception {
        startWatched();

        slot.stop("TERM");
        Thread.sleep(AutoRestart.FIRST_PAUSE.multipliedBy(3).toMillis());

        assertThat(attempts).hasValue(1);
        assertThat(slot.pids()).isEmpty();
    }

    private long startWatched() throws IOException {
        slot = new ProcessSlot("Sleeper", dir.resolve("sleeper.pid"));
        ConsoleLog log = new ConsoleLog(dir.resolve("console.log"), new Unprivileged(false, Optional.empty()));
        restarts = new AutoRestart("Sleeper", slot, () -> {
            attempts.incrementAndGet();
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IOException("port in use");
            }
            restarts.watch(slot.spawn(new ProcessBuilder("sleep", "600"), log));
        }, LogFactory.getLog(getClass()));
        attempts.set(0);
        restarts.watch(slot.spawn(new ProcessBuilder("sleep", "600"), log));
        attempts.incrementAndGet();
        return slot.pids().get(0);
    }
}
