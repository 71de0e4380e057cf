package org.jobmatch.indexing;

import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;

/**
 * Sizes the Elasticsearch client's connection pool for the web server: every request thread may wait on a search
 * at the same time, and the background writers and batch runs use connections beside them. With the client's
 * default of 10 connections per node, the 11th concurrent search waited for a connection and failed.
 */
final class ConnectionPool implements RestClientBuilderCustomizer {

    private final int perNode;
    private final int total;

    /**
     * @param requestThreads        the web server's request threads ({@code server.tomcat.threads.max})
     * @param backgroundConnections connections for work no request waits for
     * @param nodes                 the Elasticsearch nodes the client talks to
     */
    ConnectionPool(int requestThreads, int backgroundConnections, int nodes) {
        this.perNode = requestThreads + backgroundConnections;
        this.total = Math.multiplyExact(perNode, Math.max(1, nodes));
    }

    int perNode() {
        return perNode;
    }

    int total() {
        return total;
    }

    @Override
    public void customize(RestClientBuilder builder) {
        // only the HTTP client's pool changes
    }

    @Override
    public void customize(HttpAsyncClientBuilder builder) {
        builder.setMaxConnPerRoute(perNode).setMaxConnTotal(total);
    }
}
