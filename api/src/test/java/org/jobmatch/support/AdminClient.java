package org.jobmatch.support;

import org.springframework.boot.autoconfigure.web.client.RestTemplateBuilderConfigurer;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The integration tests' {@code TestRestTemplate} signs in as the bootstrap admin by HTTP Basic; tests of other
 * roles use {@link TestAccounts}.
 */
@Configuration(proxyBeanMethods = false)
class AdminClient {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "it-admin-password";

    @Bean
    RestTemplateBuilder adminRestTemplateBuilder(RestTemplateBuilderConfigurer configurer) {
        return configurer.configure(new RestTemplateBuilder()).basicAuthentication(ADMIN, ADMIN_PASSWORD);
    }
}
