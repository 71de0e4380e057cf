package org.jobmatch.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jobmatch.index.DocumentWriter;
import org.jobmatch.index.IndexAdmin;
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

    @Bean
    IndexAdmin indexAdmin(ElasticsearchClient client) {
        return new IndexAdmin(client);
    }

    @Bean
    DocumentWriter documentWriter(ElasticsearchClient client, IndexProperties properties) {
        return new DocumentWriter(client, properties.bulkRequests());
    }
}
