package org.jobmatch.indexing;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.search.*}: how the service uses Elasticsearch while someone waits for the answer.
 *
 * @param timeout               the whole time a search someone waits for may take, waiting for a pooled connection
 *                              included, before it is answered 503 (recommendations, shortlists, the kiosk)
 * @param backgroundConnections pooled connections beyond one per web request thread
 *                              ({@code server.tomcat.threads.max}), for the relay's and rebuilds' bulk requests and
 *                              the batch runs' searches
 */
@Validated
@ConfigurationProperties("jobmatch.search")
record SearchProperties(@DefaultValue("1s") @NotNull Duration timeout,
                        @DefaultValue("16") @Min(0) int backgroundConnections) {
}
