package org.jobmatch.matching.scoring;

/** One ranking factor: its value in [0, 1], its weight, and what it adds to the score. */
public record Factor(String name, double value, double weight) {

    public double contribution() {
        return value * weight;
    }
}
