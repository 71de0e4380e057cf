package org.jobmatch.batch;

/** Told how a run advances: persons ranked, then persons written to the ledger, each of {@code total}. */
@FunctionalInterface
public interface BatchProgress {

    BatchProgress NONE = (phase, done, total) -> { };

    enum Phase { QUEUED, RANKING, WRITING }

    void update(Phase phase, long done, long total);

    /** The latest update, for the status of a run in progress. */
    record Snapshot(Phase phase, long ranked) {
    }
}
