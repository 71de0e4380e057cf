package org.jobmatch.recommendation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jobmatch.indexing.ShortTimeout;
import org.jobmatch.indexing.Vocabulary;
import org.jobmatch.matching.CandidateFinder;
import org.jobmatch.matching.Recommender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Searches for people waiting at a counter, a fair or a kiosk fail fast instead of hanging with Elasticsearch. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    Recommender recommender(@ShortTimeout ElasticsearchClient client, Vocabulary vocabulary,
                            MatchingProperties properties) {
        return new Recommender(client, vocabulary::documents, properties.settings());
    }

    @Bean
    CandidateFinder candidateFinder(@ShortTimeout ElasticsearchClient client, Vocabulary vocabulary,
                                    MatchingProperties properties) {
        return new CandidateFinder(client, vocabulary::documents, properties.settings());
    }
}
