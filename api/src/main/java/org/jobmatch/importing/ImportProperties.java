package org.jobmatch.importing;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code jobmatch.import.*}: limits of the import endpoints. */
@Validated
@ConfigurationProperties("jobmatch.import")
record ImportProperties(@NotNull @DefaultValue("50MB") DataSize maxBodySize) {
}
