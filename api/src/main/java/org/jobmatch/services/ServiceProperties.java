package org.jobmatch.services;

import java.time.Period;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.services.*}. {@code scheme}: what "131" means here, a preset ({@code HAIMEN_131},
 * {@code HAIAN_131}, {@code XINFENG_131}) or written out (see {@link CoverageScheme}); follow-ups are due, after the
 * last contact, every {@code employedEvery} for a person in stable work, {@code flexibleEvery} for one in flexible work
 * or not seeking, {@code unemployedEvery} for one out of work (海安 2021: yearly, half-yearly, monthly);
 * zero-employment families are to be cleared within {@code zeroEmploymentTarget}.
 */
@Validated
@ConfigurationProperties("jobmatch.services")
public record ServiceProperties(@DefaultValue("HAIMEN_131") @NotBlank String scheme,
                                @DefaultValue("P1Y") Period employedEvery,
                                @DefaultValue("P6M") Period flexibleEvery,
                                @DefaultValue("P1M") Period unemployedEvery,
                                @DefaultValue("30") int zeroEmploymentTargetDays) {

    public CoverageScheme coverageScheme() {
        return CoverageScheme.of(scheme);
    }
}
