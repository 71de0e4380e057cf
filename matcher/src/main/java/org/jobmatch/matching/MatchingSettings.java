package org.jobmatch.matching;

import org.jobmatch.matching.scoring.Scoring;

/** Tunables of matching. {@code recommendations}: how many jobs a person is given (policy: three). */
public record MatchingSettings(int recommendations, Scoring.Weights weights) {

    public MatchingSettings {
        if (recommendations < 1) {
            throw new IllegalArgumentException("need at least one recommendation");
        }
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(3, Scoring.Weights.defaults());
    }
}
