package org.jobmatch.indexing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;

/**
 * Hands each request body to the HTTP client as one buffer. The Java client builds a bulk or msearch body as
 * four small buffers per operation, and its Apache entity sends each as an HTTP chunk of its own, one socket
 * write each (elasticsearch-java#1339): 4,000 per bulk request of 1,000 documents, which doubled the relay's
 * CPU and cost Elasticsearch a fifth more (docs/batch.md).
 */
final class CoalescingHttpClient implements TransportHttpClient {

    private final TransportHttpClient delegate;

    CoalescingHttpClient(TransportHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public TransportOptions createOptions(TransportOptions options) {
        return delegate.createOptions(options);
    }

    @Override
    public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
            throws IOException {
        return delegate.performRequest(endpointId, node, coalesced(request), options);
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                           TransportOptions options) {
        return delegate.performRequestAsync(endpointId, node, coalesced(request), options);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    private static Request coalesced(Request request) {
        if (request.body() == null) {
            return request;
        }
        int buffers = 0;
        int bytes = 0;
        for (ByteBuffer buffer : request.body()) {
            buffers++;
            bytes = Math.addExact(bytes, buffer.remaining());
        }
        if (buffers < 2) {
            return request;
        }
        ByteBuffer whole = ByteBuffer.allocate(bytes);
        // duplicates: a retried request reads the same buffers again
        request.body().forEach(buffer -> whole.put(buffer.duplicate()));
        whole.flip();
        return new Request(request.method(), request.path(), request.queryParams(), request.headers(), List.of(whole));
    }
}
