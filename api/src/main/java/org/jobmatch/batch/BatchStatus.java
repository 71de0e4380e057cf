package org.jobmatch.batch;

/** The contract's batch states. A RUNNING batch found at startup is resumed. */
public enum BatchStatus {
    RUNNING, DONE, FAILED
}
