package org.jobmatch.matching;

import java.time.Duration;

import org.jobmatch.matching.scoring.Scoring;

/**
 * Tunables of matching. {@code recommendations}: how many jobs a person is given (policy: three);
 * {@code rankingsAtOnce}: single requests ranked at the same time (the cores), the others wait their turn for at most
 * {@code rankingWait}.
 */
public record MatchingSettings(int recommendations, Scoring.Weights weights, int rankingsAtOnce,
                               Duration rankingWait) {

    public MatchingSettings {
        if (recommendations < 1) {
            throw new IllegalArgumentException("need at least one recommendation");
        }
        if (rankingsAtOnce < 1 || rankingWait.isNegative()) {
            throw new IllegalArgumentException("rankings at once must be at least one, the wait not negative");
        }
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(3, Scoring.Weights.defaults(), Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(2));
    }
}
