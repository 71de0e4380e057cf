package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartLimitTest {

    @TempDir
    Path dir;

    @Test
    void namesTheSettingWhenAServerDoesNotBecomeReadyInTime() {
        ChildProcess process = ChildProcess.spawn("Slow", new ProcessBuilder("sleep", "600"),
                new ConsoleLog(dir.resolve("console.log"), new Unprivileged(false, Optional.empty())),
                dir.resolve("slow.pid"));
        StartLimit limit = new StartLimit(Duration.ofMillis(300), LogFactory.getLog(getClass()));

        assertThatThrownBy(() -> process.awaitReady(limit, () -> false))
                .hasMessageContaining("Slow 启动超时")
                .hasMessageContaining("jobmatch.embedded.start-timeout")
                .hasMessageContaining("JOBMATCH_EMBEDDED_START_TIMEOUT");
        assertThat(process.pids()).as("stopped").isEmpty();
    }

    @Test
    void defaultsToMinutesNotSeconds() {
        assertThat(EmbeddedServersProperties.defaults(dir).startTimeout()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void stopsTheProcessWhenWaitingCannotHelp() {
        ChildProcess process = ChildProcess.spawn("Refused", new ProcessBuilder(List.of("sleep", "600")),
                new ConsoleLog(dir.resolve("console.log"), new Unprivileged(false, Optional.empty())),
                dir.resolve("refused.pid"));
        StartLimit limit = new StartLimit(Duration.ofMinutes(1), LogFactory.getLog(getClass()));

        assertThatThrownBy(() -> process.awaitReady(limit, () -> {
            throw new IllegalStateException("wrong password");
        })).hasMessage("wrong password");
        assertThat(process.pids()).isEmpty();
    }
}
