package org.jobmatch.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;

/** Signals to server processes, including leftovers of a run that died without stopping them. */
final class Signals {

    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(30);

    private Signals() {
    }

    /** ProcessHandle can only send TERM and KILL; PostgreSQL's fast shutdown needs INT. */
    static void send(String signal, long pid) {
        try {
            Commands.run(List.of("kill", "-" + signal, Long.toString(pid)));
        } catch (IllegalStateException e) {
            // the process ended meanwhile
        }
    }

    static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            ChildProcess.sleep(Duration.ofMillis(100));
        }
        return true;
    }

    /**
     * Stops the processes listed in {@code pidFile} that are still alive and whose command line
     * contains {@code marker} (our distribution directory): they belong to a run that was killed.
     * Only called while holding the data-directory lock, so no live jobmatch owns them.
     */
    static void stopLeftovers(Path pidFile, String marker, String serverName, Log log) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<ProcessHandle> leftovers = Files.readAllLines(pidFile).stream()
                .map(String::trim).filter(line -> line.matches("\\d+"))
                .map(line -> ProcessHandle.of(Long.parseLong(line)))
                .flatMap(Optional::stream)
                .filter(process -> commandLine(process.pid()).contains(marker))
                .toList();
        for (ProcessHandle process : leftovers) {
            log.warn("发现上次运行遗留的 " + serverName + " 进程 (found a leftover " + serverName + " process) pid "
                    + process.pid() + ", 正在停止 (stopping it)");
            process.destroy();
        }
        if (!awaitExit(leftovers, LEFTOVER_GRACE)) {
            leftovers.forEach(ProcessHandle::destroyForcibly);
            awaitExit(leftovers, Duration.ofSeconds(5));
        }
        Files.delete(pidFile);
    }

    /** The process's command line, from /proc where there is one (ProcessHandle may truncate it). */
    static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(process -> process.info().commandLine()).orElse("");
        }
    }
}
