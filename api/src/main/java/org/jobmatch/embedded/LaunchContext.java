package org.jobmatch.embedded;

import java.nio.file.Path;
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
}
