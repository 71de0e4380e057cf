package org.jobmatch.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An embedded server's processes as the launcher records them in {@code <data-dir>/run/<server>.pid}, the one it
 * started first (for PostgreSQL, the postmaster), for tests that kill or freeze a server like a real outage.
 */
public final class ServerProcess {

    private final Path pidFile;

    private ServerProcess(String dataDir, String server) {
        this.pidFile = Path.of(dataDir).resolve("run").resolve(server + ".pid");
    }

    public static ServerProcess postgres(String dataDir) {
        return new ServerProcess(dataDir, "postgres");
    }

    public List<Long> pids() throws IOException {
        return Files.readAllLines(pidFile).stream().filter(l -> !l.isBlank()).map(Long::parseLong).toList();
    }

    /** The process the launcher started: for PostgreSQL the postmaster. */
    public long main() throws IOException {
        return pids().get(0);
    }

    public void signal(String signal) throws IOException, InterruptedException {
        for (long pid : pids()) {
            kill(signal, pid);
        }
    }

    public static void kill(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
    }
}
