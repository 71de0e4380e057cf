package org.jobmatch.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import org.junit.jupiter.api.Test;

class DeadlineHttpClientTest {

    private static final TransportHttpClient.Request SEARCH =
            new TransportHttpClient.Request("POST", "/jobmatch-vacancies/_search", Map.of(), Map.of(), null);

    @Test
    void givesUpAfterTheTimeoutAndFreesTheConnection() {
        Answering hung = new Answering(new CompletableFuture<>());
        DeadlineHttpClient client = new DeadlineHttpClient(hung, Duration.ofMillis(200));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.performRequest("search", null, SEARCH, null))
                .isInstanceOf(SocketTimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(hung.answer.isCancelled()).isTrue();
    }

    @Test
    void aConnectionLeaseThatTimedOutIsAnIoException() {
        Answering exhausted = new Answering(CompletableFuture.failedFuture(
                new TimeoutException("Connection lease request time out")));
        DeadlineHttpClient client = new DeadlineHttpClient(exhausted, Duration.ofSeconds(1));

        assertThatThrownBy(() -> client.performRequest("search", null, SEARCH, null))
                .isInstanceOf(IOException.class).hasMessageContaining("no free connection");
    }

    @Test
    void passesTheClientsOwnIoExceptionsAndUncheckedOnesAsTheyAre() {
        ConnectException refused = new ConnectException("Connection refused");
        IllegalStateException closed = new IllegalStateException("I/O reactor status: STOPPED");

        assertThatThrownBy(() -> new DeadlineHttpClient(new Answering(CompletableFuture.failedFuture(refused)),
                Duration.ofSeconds(1)).performRequest("search", null, SEARCH, null)).isSameAs(refused);
        assertThatThrownBy(() -> new DeadlineHttpClient(new Answering(CompletableFuture.failedFuture(closed)),
                Duration.ofSeconds(1)).performRequest("search", null, SEARCH, null)).isSameAs(closed);
    }

    /** Answers every request with the same future. */
    private record Answering(CompletableFuture<Response> answer) implements TransportHttpClient {

        @Override
        public Response performRequest(String endpointId, Node node, Request request, TransportOptions options) {
            throw new UnsupportedOperationException("the deadline waits on the asynchronous call");
        }

        @Override
        public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                               TransportOptions options) {
            return answer;
        }

        @Override
        public void close() {
        }
    }
}
