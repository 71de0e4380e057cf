package org.jobmatch.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Holds the one process of a server, so that a stop racing with a start never leaves a
 * process behind: once stopped, the slot refuses to spawn.
 */
final class ProcessSlot {

    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String serverName;
    private final Path pidFile;
    private Optional<ChildProcess> child = Optional.empty();
    private boolean stopped;

    ProcessSlot(String serverName, Path pidFile) {
        this.serverName = serverName;
        this.pidFile = pidFile;
    }

    synchronized ChildProcess spawn(ProcessBuilder builder, ConsoleLog consoleLog) {
        if (stopped) {
            throw new IllegalStateException(serverName + " 启动时已被要求停止 (was stopped while starting)");
        }
        ChildProcess process = ChildProcess.spawn(serverName, builder, consoleLog, pidFile);
        child = Optional.of(process);
        return process;
    }

    /** Stops the process with {@code signal}; true when there was one to stop. */
    boolean stop(String signal) {
        Optional<ChildProcess> running;
        synchronized (this) {
            stopped = true;
            running = child;
            child = Optional.empty();
        }
        running.ifPresent(process -> process.stop(signal, STOP_GRACE));
        return running.isPresent();
    }

    synchronized boolean isStopped() {
        return stopped;
    }

    synchronized List<Long> pids() {
        return child.map(ChildProcess::pids).orElse(List.of());
    }
}
