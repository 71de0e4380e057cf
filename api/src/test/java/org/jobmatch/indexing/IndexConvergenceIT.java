package org.jobmatch.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jobmatch.index.IndexKind;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The ledger is the truth and the index converges to it after crashes and outages, with no manual step. */
@ServiceIT
class IndexConvergenceIT {

    private static final Duration CONVERGENCE = Duration.ofMinutes(3);

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexRelay relay;
    @Autowired
    Environment environment;
    @Value("${jobmatch.data-dir}")
    String dataDir;

    @BeforeEach
    void emptyLedger() {
        ledger.clear();
    }

    @Test
    void convergesAfterElasticsearchIsKilledWhileIndexing() throws Exception {
        assertThat(Ledger.post(http, "/api/v1/vacancies/import", vacancies(5000)).getStatusCode()).isEqualTo(HttpStatus.OK);
        new ElasticsearchProcess(dataDir).signal("KILL");
        Ledger.post(http, "/api/v1/persons/import", Ledger.read(Ledger.CONTRACT_EXAMPLES.resolve("persons.ndjson")));
        assertThat(place("P-0001", "V-CV-00001").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        awaitConvergence();
    }

    @Test
    void failsFastWhileElasticsearchHangsAndCatchesUpAfterwards() throws Exception {
        Ledger.post(http, "/api/v1/vacancies/import", vacancies(50));
        Ledger.post(http, "/api/v1/persons/import", Ledger.read(Ledger.CONTRACT_EXAMPLES.resolve("persons.ndjson")));
        ledger.awaitIndexed();
        ElasticsearchProcess elasticsearch = new ElasticsearchProcess(dataDir);
        elasticsearch.signal("STOP");
        try {
            Instant asked = Instant.now();
            ResponseEntity<String> shortlist = http.getForEntity("/api/v1/vacancies/V-CV-00001/candidates", String.class);
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(2));
            assertThat(shortlist.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(shortlist.getBody()).contains("search-unavailable");
            // recommendations rank the vacancy pool, which the ledger keeps current: they go on
            assertThat(http.getForEntity("/api/v1/persons/P-0001/recommendations", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);

            assertThat(Ledger.post(http, "/api/v1/vacancies/import", vacancies(60)).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(place("P-0001", "V-CV-00001").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        } finally {
            elasticsearch.signal("CONT");
        }
        awaitConvergence();
        assertThat(http.getForObject("/api/v1/persons/P-0001/recommendations", String.class)).contains("已就业");
    }

    @Test
    void losesNothingWhenTheAppIsKilledHalfwayThroughTheOutbox() throws Exception {
        long left = relay.whilePaused(() -> {
            for (int part = 0; part < 4; part++) {
                Ledger.post(http, "/api/v1/vacancies/import", vacancies(5000).replace("V-CV-", "V-CV" + part + "-"));
            }
            long queued = relay.pending();
            Process app = startSecondInstance();
            try {
                awaitPendingBelow(queued);
            } finally {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            return relay.pending();
        });
        assertThat(left).as("killed in the middle of the outbox").isPositive();

        awaitConvergence();
    }

    /** The packaged jar on the same servers, as a second app instance that can be killed with -9. */
    private Process startSecondInstance() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/jobmatch.jar", "--server.port=0", "--jobmatch.embedded.enabled=false",
                "--spring.elasticsearch.uris=" + environment.getProperty("spring.elasticsearch.uris"),
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=postgres");
        // the embedded server's generated password, not on the command line
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password"));
        return builder.redirectErrorStream(true).redirectOutput(Path.of("target/second-instance.log").toFile()).start();
    }

    private void awaitPendingBelow(long queued) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> relay.pending() < queued);
    }

    /** Index and ledger agree on every document and its version, for both indices. */
    private void awaitConvergence() throws Exception {
        for (IndexKind kind : IndexKind.values()) {
            Map<String, Long> expected = IndexVersions.ledger(ledger.jdbc(), kind);
            await(kind + " index versions").atMost(CONVERGENCE).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions() // Elasticsearch may still be coming back
                    .untilAsserted(() -> assertThat(IndexVersions.index(client, kind)).isEqualTo(expected));
        }
    }

    private ResponseEntity<String> place(String person, String vacancy) {
        return http.postForEntity("/api/v1/placements", Map.of("personId", person, "vacancyId", vacancy), String.class);
    }

    private static String vacancies(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format(
                "{\"id\":\"V-CV-%05d\",\"source\":\"ENTERPRISE\",\"employer\":\"企业%d\",\"title\":\"普工\","
                        + "\"township\":\"三星镇\",\"openings\":3}", i, i % 300)).collect(Collectors.joining("\n"));
    }
}
