package org.jobmatch.reports;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.reports.*}: {@code deductionPerPoint}, the assessment points lost per percentage point of "131"
 * coverage below 100 % (五团 2023: 0.5).
 */
@Validated
@ConfigurationProperties("jobmatch.reports")
record ReportProperties(@DefaultValue("0.5") @DecimalMin("0") BigDecimal deductionPerPoint) {
}
