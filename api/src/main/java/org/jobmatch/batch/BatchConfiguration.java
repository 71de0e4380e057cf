package org.jobmatch.batch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jobmatch.indexing.Vocabulary;
import org.jobmatch.matching.BatchRecommender;
import org.jobmatch.matching.Recommender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BatchConfiguration {

    /** Batch searches use the plain client: an msearch of many queries may take longer than a counter search. */
    @Bean
    BatchRecommender batchRecommender(ElasticsearchClient client, Vocabulary vocabulary, Recommender recommender,
                                      BatchProperties properties) {
        return new BatchRecommender(client, vocabulary::documents, recommender.settings(), properties.settings());
    }
}
