package org.jobmatch.batch;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jobmatch.matching.BatchSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.batch.*}. {@code referralsPerOpening}: the fair-spread cap K (a vacancy gets at most
 * K x openings referrals in one run while everyone can still be given three jobs); {@code depth}:
 * ranked options kept per person for allocation; {@code parallelism}: threads ranking at once (one per core);
 * {@code writeChunk}: persons per ledger transaction;
 * {@code repeatReferralsAfter}: a vacancy a person was referred to less than this long before the run is not
 * given to them again by a run.
 */
@Validated
@ConfigurationProperties("jobmatch.batch")
record BatchProperties(@DefaultValue("3") @Min(1) @Max(1000) int referralsPerOpening,
                       @DefaultValue("20") @Min(3) @Max(1000) int depth,
                       @DefaultValue("2") @Min(1) @Max(64) int parallelism,
                       @DefaultValue("1000") @Min(1) @Max(100000) int writeChunk,
                       @DefaultValue("30d") Duration repeatReferralsAfter) {

    BatchSettings settings() {
        return new BatchSettings(parallelism, depth);
    }
}
