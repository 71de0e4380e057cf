package org.jobmatch.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.elasticsearch.client.RestClient;
import org.jobmatch.index.DocumentWriter;
import org.jobmatch.index.IndexAdmin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Documents carry dates and nullable fields: ISO dates, nulls left out. */
    @Bean
    JsonpMapper jsonpMapper(ObjectMapper objectMapper) {
        ObjectMapper mapper = objectMapper.copy()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new JacksonJsonpMapper(mapper);
    }

    /** Spring Boot's transport (the same client, options and mapper), with each request body sent as one buffer. */
    @Bean
    ElasticsearchTransport elasticsearchTransport(RestClient restClient, JsonpMapper jsonpMapper,
                                                  ObjectProvider<RestClientOptions> options) {
        var http = new CoalescingHttpClient(new RestClientHttpClient(restClient));
        return new ElasticsearchTransportBase(http, options.getIfAvailable(), jsonpMapper) {
        };
    }

    @Bean
    IndexAdmin indexAdmin(ElasticsearchClient client) {
        return new IndexAdmin(client);
    }

    @Bean
    DocumentWriter documentWriter(ElasticsearchClient client, IndexProperties properties) {
        return new DocumentWriter(client, properties.bulkRequests());
    }
}
