package org.jobmatch.batch;

/** Told how a run advances: persons ranked, then allocated, then persons written to the ledger, each of {@code total}. */
@FunctionalInterface
public interface BatchProgress {

    BatchProgress NONE = (phase, done, total) -> { };

    enum Phase { QUEUED, RANKING, ALLOCATING, WRITING }

    void update(Phase phase, long done, long total);
}
