package org.jobmatch.embedded;

import java.time.Duration;
import org.apache.commons.logging.Log;

/**
 * How long a server may take to start ({@value #PROPERTY}), with progress logged while it takes long and the
 * setting named when it runs out, so that a slow first start on a busy machine explains itself.
 */
record StartLimit(Duration timeout, Log log) {

    static final String PROPERTY = "jobmatch.embedded.start-timeout";
    static final String ENVIRONMENT_VARIABLE = "JOBMATCH_EMBEDDED_START_TIMEOUT";
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    /** The failure message when {@code what} ("启动", or nothing for a one-off command) did not finish in time. */
    String exceeded(String what) {
        return what + "超时 (not done within " + timeout.toSeconds() + " s, the limit set by " + PROPERTY
                + "): 机器较忙时请调大 " + PROPERTY + " (环境变量 " + ENVIRONMENT_VARIABLE + ")，例如 20m"
                + " (on a busy machine raise " + PROPERTY + ", environment variable " + ENVIRONMENT_VARIABLE
                + ", e.g. 20m)";
    }

    /** Logs that {@code name} is still starting, with the last thing it said. */
    void progress(String name, long startedNanos, String lastLine) {
        log.info(name + " 仍在启动 (still starting): " + Durations.seconds(startedNanos) + " of " + timeout.toSeconds()
                + " s (" + PROPERTY + ")" + (lastLine.isBlank() ? "" : "; " + abbreviate(lastLine)));
    }

    private static String abbreviate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + " …";
    }
}
