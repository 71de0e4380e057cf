package org.jobmatch.indexing;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;
import org.jobmatch.index.DocumentWriter;
import org.jobmatch.index.IndexAdmin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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

    /** A connection per web request thread, and the background's beside them (the web server's own settings). */
    @Bean
    ConnectionPool elasticsearchConnectionPool(ObjectProvider<ServerProperties> server,
                                               ElasticsearchProperties elasticsearch, SearchProperties search) {
        int requestThreads = server.getIfAvailable(ServerProperties::new).getTomcat().getThreads().getMax();
        return new ConnectionPool(requestThreads, search.backgroundConnections(), elasticsearch.getUris().size());
    }

    /** Spring Boot's transport (the same client, options and mapper), with each request body sent as one buffer. */
    @Bean
    ElasticsearchTransport elasticsearchTransport(RestClient restClient, JsonpMapper jsonpMapper,
                                                  ObjectProvider<RestClientOptions> options) {
        return transport(new CoalescingHttpClient(new RestClientHttpClient(restClient)), options.getIfAvailable(),
                jsonpMapper);
    }

    /** For writes, rebuilds and batch runs: the HTTP client's timeouts, long enough for a large bulk request. */
    @Bean
    @Primary
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    /**
     * For searches someone waits for, over the same connections. Closing it would close them under the writers:
     * the {@link RestClient}'s own bean does that.
     */
    @Bean(destroyMethod = "")
    @ShortTimeout
    ElasticsearchClient shortTimeoutElasticsearchClient(RestClient restClient, JsonpMapper jsonpMapper,
                                                        SearchProperties search) {
        var http = new DeadlineHttpClient(new CoalescingHttpClient(new RestClientHttpClient(restClient)),
                search.timeout());
        return new ElasticsearchClient(transport(http, shortTimeouts(search.timeout()), jsonpMapper));
    }

    @Bean
    IndexAdmin indexAdmin(ElasticsearchClient client) {
        return new IndexAdmin(client);
    }

    @Bean
    DocumentWriter documentWriter(ElasticsearchClient client, IndexProperties properties) {
        return new DocumentWriter(client, properties.bulkRequests());
    }

    private static ElasticsearchTransport transport(TransportHttpClient http, TransportOptions options,
                                                    JsonpMapper jsonpMapper) {
        return new ElasticsearchTransportBase(http, options, jsonpMapper) {
        };
    }

    /** Each step on its own gets no more than the whole request: the connection is freed in time as well. */
    private static RestClientOptions shortTimeouts(Duration timeout) {
        int millis = Math.toIntExact(timeout.toMillis());
        RequestConfig config = RequestConfig.custom().setConnectTimeout(millis).setSocketTimeout(millis)
                .setConnectionRequestTimeout(millis).build();
        return new RestClientOptions(RequestOptions.DEFAULT.toBuilder().setRequestConfig(config).build(), false);
    }
}
