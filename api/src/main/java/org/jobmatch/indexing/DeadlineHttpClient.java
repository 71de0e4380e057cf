package org.jobmatch.indexing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;

/**
 * Gives each blocking request one deadline for all of it: waiting for a pooled connection, connecting and the
 * answer. The HTTP client's own timeouts apply to each step alone and add up, and a connection lease that timed
 * out came back unchecked ("Connection lease request time out", answered 500). Every failure here is an
 * {@code IOException}, as an unreachable Elasticsearch is, so callers answer 503. Asynchronous requests pass as
 * they are: the service makes none with this client.
 */
final class DeadlineHttpClient implements TransportHttpClient {

    private final TransportHttpClient delegate;
    private final Duration timeout;

    DeadlineHttpClient(TransportHttpClient delegate, Duration timeout) {
        this.delegate = delegate;
        this.timeout = timeout;
    }

    @Override
    public TransportOptions createOptions(TransportOptions options) {
        return delegate.createOptions(options);
    }

    @Override
    public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
            throws IOException {
        CompletableFuture<Response> answer = delegate.performRequestAsync(endpointId, node, request, options);
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true); // aborts the exchange: its connection goes back to the pool
            throw new SocketTimeoutException("no answer from Elasticsearch within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Elasticsearch");
        } catch (ExecutionException e) {
            throw asIoException(e.getCause());
        }
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                           TransportOptions options) {
        return delegate.performRequestAsync(endpointId, node, request, options);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    /** The failure of a request; unchecked ones (a bug, a closed client) stay what they are. */
    static IOException asIoException(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof TimeoutException) {
            return new SocketTimeoutException("no free connection to Elasticsearch: " + failure.getMessage());
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }
}
