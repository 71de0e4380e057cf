package org.jobmatch.recommendation;

import java.time.Clock;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jobmatch.index.Documents;
import org.jobmatch.indexing.ShortTimeout;
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

    /** A shortlist is waited for at a fair: its searches fail fast (503) instead of hanging with Elasticsearch. */
    @Bean
    CandidateFinder candidateFinder(@ShortTimeout ElasticsearchClient client, Supplier<Documents> documents,
                                    MatchingProperties properties) {
        return new CandidateFinder(client, documents, properties.settings());
    }
}
