package org.jobmatch.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The Elasticsearch client has a pooled connection for each web request thread, so 16 clients at once get their
 * shortlists (recommendations got 500 "Connection lease request time out" when they still searched). When every
 * connection is taken all the same, searches answer 503 within 2 s.
 */
@ServiceIT
class ConnectionPoolIT {

    private static final int CLIENTS = 16;
    private static final String SHORTLIST = "/api/v1/vacancies/V-0001/candidates";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    RestClient restClient;
    @Autowired
    ConnectionPool pool;
    @Autowired
    ObjectMapper json;
    @Value("${spring.elasticsearch.uris}")
    URI elasticsearch;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
    }

    @Test
    void sixteenClientsAtOnceGetTheirShortlists() throws Exception {
        List<Timed> answers = Timed.concurrently(CLIENTS, SHORTLIST, this::shortlist);

        System.out.printf("%d clients at once: slowest answer in %d ms%n", CLIENTS, Timed.slowest(answers).toMillis());
        assertThat(answers).extracting(Timed::status).as(answers.toString()).containsOnly(200);
    }

    @Test
    void searchesAnswer503Within2sWhenEveryConnectionIsTaken() throws Exception {
        List<Cancellable> holders = new ArrayList<>();
        List<Timed> answers;
        try {
            holdEveryConnection(holders);
            answers = Timed.concurrently(CLIENTS, SHORTLIST, this::shortlist);
        } finally {
            holders.forEach(Cancellable::cancel); // aborts the waits: their connections are free again
        }
        System.out.printf("Elasticsearch pool exhausted (%d connections held): %d clients at once, "
                + "slowest 503 in %d ms%n", pool.perNode(), CLIENTS, Timed.slowest(answers).toMillis());

        assertThat(answers).allSatisfy(t -> {
            assertThat(t.status()).as(t.body()).isEqualTo(503);
            assertThat(t.body()).contains("\"code\":\"search-unavailable\"");
            assertThat(t.took()).isLessThan(SearchOutageIT.WITHIN);
        });
        assertThat(shortlist().getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> shortlist() {
        return http.getForEntity(SHORTLIST, String.class);
    }

    /** Takes every connection of the pool with requests Elasticsearch keeps waiting: a cluster health never reached. */
    private void holdEveryConnection(List<Cancellable> holders) throws Exception {
        Request wait = new Request("GET", "/_cluster/health");
        wait.addParameter("wait_for_nodes", "99");
        wait.addParameter("timeout", "60s");
        for (int i = 0; i < pool.perNode(); i++) {
            holders.add(restClient.performRequestAsync(wait, IGNORED));
        }
        awaitOpenConnections(pool.perNode());
    }

    /** Asks Elasticsearch itself, over a connection of its own, how many HTTP connections it has open. */
    private void awaitOpenConnections(int expected) throws Exception {
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest stats = HttpRequest.newBuilder(elasticsearch.resolve("/_nodes/stats/http")).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int open = 0;
        while (System.nanoTime() < deadline) {
            JsonNode nodes = json.readTree(own.send(stats, HttpResponse.BodyHandlers.ofString()).body()).get("nodes");
            open = nodes.elements().next().at("/http/current_open").asInt();
            if (open > expected) { // ours, and the one asking
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("only " + open + " connections to Elasticsearch open, expected " + expected);
    }

    private static final ResponseListener IGNORED = new ResponseListener() {
        @Override
        public void onSuccess(Response response) {
        }

        @Override
        public void onFailure(Exception exception) {
        }
    };
}
