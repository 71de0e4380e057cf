package org.jobmatch.batch.allocation;

/**
 * Per person (in the problem's order), the indices of the options they get, in rank order, and the score they gave
 * up against their uncapped picks; and the spread.
 */
public record Allocated(int[][] chosen, double[] givenUp, Spread spread) {
}
