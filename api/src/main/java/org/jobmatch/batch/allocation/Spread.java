package org.jobmatch.batch.allocation;

/**
 * How good an allocation's spread is. {@code kHolds}: every person fits within K x openings; {@code factor}: the
 * cap over openings of the vacancies that had to be raised (K when none); {@code lowerBound}: no allocation of these
 * options can have its largest referrals per opening below it; {@code maxRatio}: this one's; {@code raised}:
 * vacancies whose cap went above K x openings; persons given three against those who could be; the score of the
 * uncapped picks against the allocation's; solver calls and seconds.
 */
public record Spread(boolean kHolds, double factor, double lowerBound, double maxRatio, int raised, long personsWithThree,
                     long personsThreePossible, long persons, double uncappedScore, double chosenScore, int solves,
                     double seconds) {
}
