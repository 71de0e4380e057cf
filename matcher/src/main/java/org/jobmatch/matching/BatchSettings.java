package org.jobmatch.matching;

/**
 * Tunables of batch ranking. {@code parallelism}: threads ranking at once; {@code depth}: how many ranked options
 * per person are kept for allocation.
 */
public record BatchSettings(int parallelism, int depth) {

    public BatchSettings {
        if (parallelism < 1 || depth < 1) {
            throw new IllegalArgumentException("batch settings must be positive");
        }
    }
}
