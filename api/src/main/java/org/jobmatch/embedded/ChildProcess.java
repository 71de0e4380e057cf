package org.jobmatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A server process we own: output is appended to a console log, its pids go to a pid file. */
final class ChildProcess {

    /**
     * Every server is forked from this one thread. The parent-death signal (setpriv --pdeathsig)
     * fires when the forking thread ends, so it must live as long as the JVM: a core thread of a
     * single-thread executor never ends, and tasks go through submit() so a failure cannot kill it.
     */
    private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jobmatch-embedded-spawner");
        thread.setDaemon(true);
        return thread;
    });
    private static final Duration POLL = Duration.ofMillis(200);

    private final String name;
    private final Process process;
    private final ConsoleLog consoleLog;
    private final Path pidFile;

    private ChildProcess(String name, Process process, ConsoleLog consoleLog, Path pidFile) {
        this.name = name;
        this.process = process;
        this.consoleLog = consoleLog;
        this.pidFile = pidFile;
    }

    static ChildProcess spawn(String name, ProcessBuilder builder, ConsoleLog consoleLog, Path pidFile) {
        try {
            consoleLog.begin(name);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入日志 (cannot write the log) " + consoleLog.file(), e);
        }
        builder.redirectErrorStream(true).redirectOutput(Redirect.appendTo(consoleLog.file().toFile()));
        ChildProcess child = new ChildProcess(name, startOnSpawner(builder), consoleLog, pidFile);
        child.recordPids();
        return child;
    }

    private static Process startOnSpawner(ProcessBuilder builder) {
        try {
            return SPAWNER.submit(() -> {
                Process process = builder.start();
                process.getOutputStream().close();
                return process;
            }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("无法启动 (cannot start) " + String.join(" ", builder.command()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("启动被中断 (start interrupted)", e);
        }
    }

    /** Pids of the process and its descendants (Elasticsearch's launcher forks the real server). */
    List<Long> pids() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
    }

    /** Runs {@code action} once the process has ended, whatever ended it. */
    void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    /** Rewrites the pid file so a later run can find leftovers of this one. */
    void recordPids() {
        try {
            OwnerOnly.write(pidFile, pids().stream().map(String::valueOf).collect(Collectors.joining("\n")) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls {@code ready} until it holds, logging progress now and then; stops the process and fails when it
     * exits, when {@code ready} throws (a failure waiting cannot cure) or when {@code limit} runs out.
     */
    void awaitReady(StartLimit limit, BooleanSupplier ready) {
        long started = System.nanoTime();
        long deadline = started + limit.timeout().toNanos();
        long nextProgress = started + StartLimit.PROGRESS_EVERY.toNanos();
        while (!isReady(ready)) {
            if (!process.isAlive()) {
                throw failure("意外退出 (exited unexpectedly) with code " + process.exitValue());
            }
            if (System.nanoTime() > deadline) {
                stop("TERM", Duration.ofSeconds(10));
                throw failure(limit.exceeded("启动"));
            }
            if (System.nanoTime() > nextProgress) {
                limit.progress(name, started, consoleLog.tail(1));
                nextProgress += StartLimit.PROGRESS_EVERY.toNanos();
            }
            sleep(POLL);
        }
    }

    private boolean isReady(BooleanSupplier ready) {
        try {
            return ready.getAsBoolean();
        } catch (RuntimeException e) {
            stop("TERM", Duration.ofSeconds(10));
            throw e;
        }
    }

    /** Waits for a one-off command (initdb) and fails unless it exits with 0. */
    void awaitExit(StartLimit limit) {
        try {
            if (!process.waitFor(limit.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                stop("KILL", Duration.ZERO);
                throw failure(limit.exceeded(""));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("被中断 (interrupted)", e);
        }
        if (process.exitValue() != 0) {
            throw failure("失败 (failed) with code " + process.exitValue());
        }
        deletePidFile();
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(name + " " + what + "; 日志 (log) " + consoleLog.file() + ":\n"
                + consoleLog.tail(30));
    }

    /** Sends {@code signal}, waits up to {@code grace}, then kills whatever is left. */
    void stop(String signal, Duration grace) {
        List<ProcessHandle> all = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        if (process.isAlive()) {
            Signals.send(signal, process.pid());
        }
        Signals.awaitExit(all, grace);
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        Signals.awaitExit(all, Duration.ofSeconds(5));
        deletePidFile();
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // harmless: the next run checks the pids before acting on them
        }
    }

    static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("被中断 (interrupted)", e);
        }
    }
}
