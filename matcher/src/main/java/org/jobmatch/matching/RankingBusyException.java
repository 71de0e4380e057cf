package org.jobmatch.matching;

import java.time.Duration;

/** A request's ranking could not start within the wait allowed: more requests than the cores can rank in time. */
public class RankingBusyException extends RuntimeException {

    public RankingBusyException(Duration waited) {
        super("no turn to rank within " + waited.toMillis() + " ms");
    }
}
