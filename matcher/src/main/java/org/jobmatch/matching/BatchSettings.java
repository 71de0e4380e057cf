package org.jobmatch.matching;

/**
 * Tunables of batch ranking. {@code parallelism}: msearch requests in flight; {@code searchesPerRequest}:
 * searches per msearch; {@code depth}: how many ranked options per person are kept for allocation.
 */
public record BatchSettings(int parallelism, int searchesPerRequest, int depth) {

    public BatchSettings {
        if (parallelism < 1 || searchesPerRequest < 1 || depth < 1) {
            throw new IllegalArgumentException("batch settings must be positive");
        }
    }
}
