package org.jobmatch.recommendation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import org.jobmatch.indexing.Vocabulary;
import org.jobmatch.matching.CandidateFinder;
import org.jobmatch.matching.Recommender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    Recommender recommender(ElasticsearchClient client, Vocabulary vocabulary, MatchingProperties properties) {
        return new Recommender(failingFast(client, properties), vocabulary::documents, properties.settings());
    }

    @Bean
    CandidateFinder candidateFinder(ElasticsearchClient client, Vocabulary vocabulary, MatchingProperties properties) {
        return new CandidateFinder(failingFast(client, properties), vocabulary::documents, properties.settings());
    }

    /** Searches for people waiting at a counter or kiosk fail fast instead of hanging with Elasticsearch. */
    private static ElasticsearchClient failingFast(ElasticsearchClient client, MatchingProperties properties) {
        int timeout = (int) properties.searchTimeout().toMillis();
        RequestOptions options = RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
                .setConnectTimeout(timeout).setSocketTimeout(timeout).setConnectionRequestTimeout(timeout)
                .build()).build();
        return client.withTransportOptions(new RestClientOptions(options, false));
    }
}
