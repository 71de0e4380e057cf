package org.jobmatch.kiosk;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.kiosk.*}. Sessions end after {@code sessionIdle} unused or {@code sessionMaxAge} in all.
 * Wrong identifications: an identity gets {@code identityFreeFailures}, a kiosk device {@code kioskFreeFailures},
 * all kiosks together {@code globalFreeFailures} before locks start at {@code baseDelay} and double up to
 * {@code maxDelay}; failures are forgotten after {@code forgetAfter} without any ({@code globalForgetAfter} for
 * the count over all kiosks, so that the odd typo across a county never adds up to a lock). Browsing shows jobs
 * within {@code browseRadiusKm}.
 */
@Validated
@ConfigurationProperties("jobmatch.kiosk")
record KioskProperties(@DefaultValue("3m") Duration sessionIdle,
                       @DefaultValue("15m") Duration sessionMaxAge,
                       @DefaultValue("3") @Min(1) int identityFreeFailures,
                       @DefaultValue("10") @Min(1) int kioskFreeFailures,
                       @DefaultValue("100") @Min(1) int globalFreeFailures,
                       @DefaultValue("30s") Duration baseDelay,
                       @DefaultValue("30m") Duration maxDelay,
                       @DefaultValue("1h") Duration forgetAfter,
                       @DefaultValue("10m") Duration globalForgetAfter,
                       @DefaultValue("30") @DecimalMin("1") double browseRadiusKm) {
}
