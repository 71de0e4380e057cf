package org.jobmatch.indexing;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.index.*}: how index writes are relayed.
 *
 * @param preparedDocuments documents an import may prepare ahead of its commit
 * @param bulkRequests      bulk requests in flight at once: one per core of a single-node Elasticsearch lets
 *                          it index on all its write threads
 */
@Validated
@ConfigurationProperties("jobmatch.index")
record IndexProperties(@Min(0) @DefaultValue("100000") int preparedDocuments,
                       @Min(1) @DefaultValue("2") int bulkRequests) {
}
