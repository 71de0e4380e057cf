package org.jobmatch.batch;

import org.jobmatch.matching.BatchRecommender;
import org.jobmatch.matching.Recommender;
import org.jobmatch.matching.pool.VacancyPool;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BatchConfiguration {

    @Bean
    BatchRecommender batchRecommender(VacancyPool pool, Recommender recommender, BatchProperties properties) {
        return new BatchRecommender(pool, recommender, properties.settings());
    }
}
