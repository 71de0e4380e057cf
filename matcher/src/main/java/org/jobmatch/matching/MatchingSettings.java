package org.jobmatch.matching;

/**
 * Tunables of matching. {@code recommendations}: how many jobs a person is given (policy: three);
 * {@code candidatePool}: how many filtered hits Elasticsearch hands to the Java re-ranking.
 */
public record MatchingSettings(int recommendations, int candidatePool, RankingWeights weights) {

    public MatchingSettings {
        if (recommendations < 1 || candidatePool < recommendations) {
            throw new IllegalArgumentException("need 1 <= recommendations <= candidatePool");
        }
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(3, 60, RankingWeights.defaults());
    }

    /** Weights of the ranking factors; they sum to 1 so scores stay within [0, 1]. */
    public record RankingWeights(double skill, double distance, double priority) {

        public RankingWeights {
            if (Math.abs(skill + distance + priority - 1) > 1e-6) {
                throw new IllegalArgumentException("ranking weights must sum to 1");
            }
        }

        public static RankingWeights defaults() {
            return new RankingWeights(0.55, 0.25, 0.20);
        }
    }
}
