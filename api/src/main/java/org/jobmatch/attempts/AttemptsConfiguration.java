package org.jobmatch.attempts;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class AttemptsConfiguration {

    @Bean
    JdbcFailureStore failureStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new JdbcFailureStore(jdbc, own);
    }

    @Bean
    AttemptLimiter attemptLimiter(JdbcFailureStore store) {
        return new AttemptLimiter(store, Clock.systemUTC());
    }
}
