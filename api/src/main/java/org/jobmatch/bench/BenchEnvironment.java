package org.jobmatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;

/**
 * The benchmark's (and the placement stress test's) own servers: a temporary data directory and free
 * ports, set before the context starts.
 * Its result line is printed at the very end, after the servers stopped and the directory is gone, so
 * that it is the last line of the output.
 */
public final class BenchEnvironment {

    public static final String COMMAND = "bench";
    /** Commands that must never touch the real ledger: they get scratch servers. */
    private static final java.util.Set<String> SCRATCH_COMMANDS = java.util.Set.of(COMMAND, "stress-placements");
    private static final AtomicReference<String> LAST_LINE = new AtomicReference<>();
    private static final AtomicReference<Path> DATA_DIR = new AtomicReference<>();

    private BenchEnvironment() {
    }

    /**
     * The benchmark's settings for a command's context (they outrank {@code application.properties}): its own
     * servers in a temporary directory, on free ports; none unless the command runs on scratch servers.
     */
    public static Map<String, Object> properties(String[] args) {
        if (args.length == 0 || !SCRATCH_COMMANDS.contains(args[0])) {
            return Map.of();
        }
        try {
            Path dir = Files.createTempDirectory("jobmatch-bench-");
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // The embedded servers run as an unprivileged user when started by root: they must reach it.
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            DATA_DIR.set(dir);
            // Shutdown handlers run in reverse order of registration: this one, registered first, runs last.
            SpringApplication.getShutdownHandlers().add(() -> {
                delete(dir);
                String line = LAST_LINE.get();
                if (line != null) {
                    System.out.println(line);
                }
            });
            // Their threads race for the pool's connections on purpose: they wait for one, as they did before the
            // service learnt to fail fast (spring.datasource.hikari.connection-timeout in application.properties).
            return Map.of("jobmatch.data-dir", dir.resolve("servers").toString(),
                    "jobmatch.embedded.elasticsearch.port", "0", "jobmatch.embedded.postgres.port", "0",
                    "spring.datasource.hikari.connection-timeout", "30000");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where generated files may go (the temporary directory). */
    static Path workDir() {
        Path dir = DATA_DIR.get();
        if (dir == null) {
            throw new IllegalStateException("the benchmark runs only as: java -jar jobmatch.jar bench");
        }
        return dir;
    }

    static void lastLine(String line) {
        LAST_LINE.set(line);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("无法删除临时目录 (cannot delete) " + dir + ": " + e.getMessage());
        }
    }
}
