package org.jobmatch.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;

/** What every embedded server needs to know to start. */
record LaunchContext(EmbeddedServersProperties properties, Unprivileged unprivileged,
        DistributionExtractor extractor, Log log) {

    Path dataDir() {
        return properties.dataDir();
    }

    Path pidFile(String server) {
        return dataDir().resolve("run").resolve(server + ".pid");
    }

    /** Part of the command line of every process started from the distribution {@code prefix}. */
    String distributionMarker(String prefix) {
        return dataDir().resolve("dist").resolve(prefix).toString();
    }

    StartLimit startLimit() {
        return new StartLimit(properties.startTimeout(), log);
    }

    /** A console log in {@code dir} that belongs to the user the servers run as. */
    ConsoleLog consoleLog(Path dir, String name) {
        return new ConsoleLog(dir.resolve(name), unprivileged);
    }

    /**
     * A server command: run unprivileged when we are root, with owner-only files, and sent
     * {@code deathSignal} when the JVM dies.
     */
    List<String> command(String deathSignal, Path program, List<String> arguments) {
        List<String> command = new ArrayList<>(unprivileged.commandPrefix(deathSignal));
        command.addAll(OwnerOnly.UMASK_PREFIX);
        command.add(program.toString());
        command.addAll(arguments);
        return command;
    }
}
