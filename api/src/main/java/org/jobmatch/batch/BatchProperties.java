package org.jobmatch.batch;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jobmatch.matching.BatchSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.batch.*}. {@code referralsPerOpening}: the fair-spread cap K (a vacancy gets at most
 * K x openings referrals in one run where that leaves everyone their three jobs); {@code depth}: ranked options
 * kept per person for allocation; {@code parallelism}: threads ranking at once (one per core);
 * {@code chunk}: persons per lease (ranked, then written, as one chunk); {@code repeatReferralsAfter}: a vacancy a
 * person was referred to less than this long before the run is not given to them again by a run;
 * {@code leaseTimeout}: how long an instance holds a chunk or the allocation before another may take it over
 * (longer than a chunk or the allocation takes); {@code joinInterval}: how often a service looks for runs to work on
 * (started by any instance); {@code allocationPrecision}: how close the cap factor gets to its lower bound.
 */
@Validated
@ConfigurationProperties("jobmatch.batch")
record BatchProperties(@DefaultValue("3") @Min(1) @Max(1000) int referralsPerOpening,
                       @DefaultValue("20") @Min(3) @Max(1000) int depth,
                       @DefaultValue("2") @Min(1) @Max(64) int parallelism,
                       @DefaultValue("2000") @Min(1) @Max(100000) int chunk,
                       @DefaultValue("30d") Duration repeatReferralsAfter,
                       @DefaultValue("2m") Duration leaseTimeout,
                       @DefaultValue("2s") Duration joinInterval,
                       @DefaultValue("0.05") @DecimalMin("0.001") @DecimalMax("1") double allocationPrecision) {

    BatchSettings settings() {
        return new BatchSettings(parallelism, depth);
    }
}
