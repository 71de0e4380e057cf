package org.jobmatch.recommendation;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jobmatch.matching.MatchingSettings;
import org.jobmatch.matching.scoring.Scoring;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.matching.*}. {@code recommendations}: jobs per person (the "131" policy's three). How long a
 * search may take is {@code jobmatch.search.timeout}. {@code rankingsAtOnce}: single requests ranked at the same
 * time (0: as many as the cores), the others wait their turn, at most {@code rankingWait} (then 503).
 */
@Validated
@ConfigurationProperties("jobmatch.matching")
record MatchingProperties(@DefaultValue("3") @Min(1) @Max(20) int recommendations,
                          @DefaultValue @Valid Weights weights,
                          @DefaultValue("0") @Min(0) @Max(256) int rankingsAtOnce,
                          @DefaultValue("2s") Duration rankingWait) {

    record Weights(@DefaultValue("0.60") @DecimalMin("0") double skill,
                   @DefaultValue("0.20") @DecimalMin("0") double distance,
                   @DefaultValue("0.20") @DecimalMin("0") double priority) {
    }

    MatchingSettings settings() {
        return new MatchingSettings(recommendations, new Scoring.Weights(weights.skill, weights.distance,
                weights.priority), rankingsAtOnce > 0 ? rankingsAtOnce : Runtime.getRuntime().availableProcessors(),
                rankingWait);
    }
}
