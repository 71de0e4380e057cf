package org.jobmatch.recommendation;

import java.time.Clock;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.CandidateFinder;
import org.jobmatch.matching.JobBrowser;
import org.jobmatch.matching.Recommender;
import org.jobmatch.matching.pool.VacancyFeed;
import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.scoring.Scoring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the matcher: the analysis in use comes from the indexing feature, as a {@code Supplier<Documents>}. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    VacancyPool vacancyPool(VacancyFeed feed, Supplier<Documents> documents, MatchingProperties properties, Clock clock) {
        return new VacancyPool(feed, documents, new Scoring(properties.settings().weights()), clock);
    }

    @Bean
    Recommender recommender(VacancyPool pool, Supplier<Documents> documents, MatchingProperties properties) {
        return new Recommender(pool, documents, properties.settings());
    }

    @Bean
    JobBrowser jobBrowser(VacancyPool pool) {
        return new JobBrowser(pool);
    }

    @Bean
    CandidateFinder candidateFinder(ElasticsearchClient client, Supplier<Documents> documents, MatchingProperties properties) {
        return new CandidateFinder(failingFast(client, properties), documents, properties.settings());
    }

    /** Searches for people waiting at a counter or a fair fail fast instead of hanging with Elasticsearch. */
    private static ElasticsearchClient failingFast(ElasticsearchClient client, MatchingProperties properties) {
        int timeout = (int) properties.searchTimeout().toMillis();
        RequestOptions options = RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
                .setConnectTimeout(timeout).setSocketTimeout(timeout).setConnectionRequestTimeout(timeout)
                .build()).build();
        return client.withTransportOptions(new RestClientOptions(options, false));
    }
}
