package org.jobmatch.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import org.junit.jupiter.api.Test;

class CoalescingHttpClientTest {

    private final Recording recording = new Recording();
    private final CoalescingHttpClient client = new CoalescingHttpClient(recording);

    @Test
    void sendsABodyOfManyBuffersAsOneWithTheSameBytes() throws Exception {
        List<ByteBuffer> body = buffers("{\"index\":{\"_id\":\"V-1\"}}", "\n", "{\"title\":\"保洁员\"}", "\n");

        client.performRequestAsync("bulk", null, request(body), null);

        assertThat(recording.sent.get(0).body()).singleElement()
                .satisfies(whole -> assertThat(text(whole)).isEqualTo("{\"index\":{\"_id\":\"V-1\"}}\n{\"title\":\"保洁员\"}\n"));
    }

    @Test
    void leavesTheCallersBuffersUnreadSoThatARetrySendsThemAgain() throws Exception {
        List<ByteBuffer> body = buffers("{\"a\":1}", "\n");

        client.performRequest("bulk", null, request(body), null);

        assertThat(body).allSatisfy(buffer -> assertThat(buffer.position()).isZero());
        assertThat(text(recording.sent.get(0).body().iterator().next())).isEqualTo("{\"a\":1}\n");
    }

    @Test
    void passesRequestsWithoutABodyOrWithOneBufferUnchanged() throws Exception {
        TransportHttpClient.Request none = request(null);
        TransportHttpClient.Request one = request(buffers("{\"query\":{}}"));

        client.performRequest("info", null, none, null);
        client.performRequest("search", null, one, null);

        assertThat(recording.sent).containsExactly(none, one);
    }

    private static TransportHttpClient.Request request(List<ByteBuffer> body) {
        return new TransportHttpClient.Request("POST", "/_bulk", Map.of(), Map.of(), body);
    }

    private static List<ByteBuffer> buffers(String... parts) {
        List<ByteBuffer> buffers = new ArrayList<>();
        for (String part : parts) {
            buffers.add(ByteBuffer.wrap(part.getBytes(StandardCharsets.UTF_8)));
        }
        return buffers;
    }

    private static String text(ByteBuffer buffer) {
        return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
    }

    /** Records what would go over the wire. */
    private static final class Recording implements TransportHttpClient {

        final List<Request> sent = new ArrayList<>();

        @Override
        public Response performRequest(String endpointId, Node node, Request request, TransportOptions options) {
            sent.add(request);
            return null;
        }

        @Override
        public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                               TransportOptions options) {
            sent.add(request);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
        }
    }
}
