package org.jobmatch.indexing;

import org.slf4j.Logger;

/**
 * While Elasticsearch is away the relay retries with growing pauses (up to 10 s) and logs each kind of
 * failure once, instead of hammering the server and the log every tick.
 */
final class RelayBackoff {

    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long MAX_PAUSE_MILLIS = 10_000;

    private final Logger log;
    private long pauseMillis;
    private long retryAt;
    private String lastProblem;

    RelayBackoff(Logger log) {
        this.log = log;
    }

    synchronized boolean waiting() {
        return pauseMillis > 0 && System.currentTimeMillis() < retryAt;
    }

    synchronized void failed(String problem) {
        pauseMillis = Math.min(MAX_PAUSE_MILLIS, pauseMillis == 0 ? FIRST_PAUSE_MILLIS : pauseMillis * 2);
        retryAt = System.currentTimeMillis() + pauseMillis;
        String kind = problem.replaceAll("[0-9]+", "#");
        if (!kind.equals(lastProblem)) {
            log.warn(problem);
            lastProblem = kind;
        }
    }

    synchronized void succeeded() {
        if (lastProblem != null) {
            log.info("索引同步已恢复 (index relay recovered)");
        }
        pauseMillis = 0;
        lastProblem = null;
    }
}
