package org.jobmatch.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.security.Role;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * While Elasticsearch is stopped (SIGSTOP: it hangs, as a frozen or swamped node does), every search someone waits
 * for answers 503 within 2 s, what needs only the ledger keeps answering, and everything works again after SIGCONT.
 */
@ServiceIT
class SearchOutageIT {

    static final Duration WITHIN = Duration.ofSeconds(2);
    private static final String ID_NUMBER = "320614197906121245"; // P-0001's, in the contract's examples
    private static final String TOWNSHIP = "三星镇";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    ObjectMapper json;
    @Value("${jobmatch.data-dir}")
    String dataDir;
    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int ledgerConnections;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
        ledger.forgetFailedAttempts();
    }

    @Test
    void searchesAnswer503Within2sWhileElasticsearchIsStopped() throws Exception {
        Map<String, Supplier<ResponseEntity<String>>> searches = searches(fair());
        Map<String, Supplier<ResponseEntity<String>>> pooled = pooled(kioskSession());
        List<Timed> stopped = new ArrayList<>();
        List<Timed> ledgerOnly = new ArrayList<>();
        ElasticsearchProcess elasticsearch = new ElasticsearchProcess(dataDir);
        elasticsearch.signal("STOP");
        try {
            searches.forEach((call, request) -> stopped.add(Timed.of(call, request)));
            // more at once than the ledger has connections: none may hold one while its search hangs
            String invitations = "POST /api/v1/fairs/{id}/invitations";
            stopped.addAll(Timed.concurrently(2 * ledgerConnections, invitations + " (at once)",
                    searches.get(invitations)));
            ledgerOnly.add(Timed.of("GET /api/v1/overview/townships",
                    () -> http.getForEntity("/api/v1/overview/townships", String.class)));
            pooled.forEach((call, request) -> ledgerOnly.add(Timed.of(call, request)));
            ledgerOnly.add(Timed.of("POST /api/v1/batches (runs later)",
                    () -> json(http, HttpMethod.POST, "/api/v1/batches", "{\"township\":\"" + TOWNSHIP + "\"}", null)));
        } finally {
            elasticsearch.signal("CONT");
            awaitElasticsearch();
            ledger.awaitBatches();
        }
        stopped.stream().limit(searches.size()).forEach(t -> System.out.println("Elasticsearch stopped: " + t.line()));
        List<Timed> atOnce = stopped.subList(searches.size(), stopped.size());
        System.out.printf("Elasticsearch stopped: %d invitations at once, slowest 503 in %d ms%n", atOnce.size(),
                Timed.slowest(atOnce).toMillis());
        ledgerOnly.forEach(t -> System.out.println("Elasticsearch stopped: " + t.line()));
        System.out.printf("Elasticsearch stopped: slowest 503 of all %d searches in %d ms%n", stopped.size(),
                Timed.slowest(stopped).toMillis());

        assertThat(stopped).allSatisfy(t -> {
            assertThat(t.status()).as(t.call()).isEqualTo(503);
            assertThat(t.body()).as(t.call()).contains("\"code\":\"search-unavailable\"").doesNotContain(ID_NUMBER);
            assertThat(t.took()).as(t.call()).isLessThan(WITHIN);
        });
        assertThat(ledgerOnly).allSatisfy(t -> assertThat(t.took()).as(t.call()).isLessThan(WITHIN));
        assertThat(ledgerOnly).extracting(Timed::status).containsOnly(200, 202);
        searches.forEach((call, request) ->
                assertThat(request.get().getStatusCode().is2xxSuccessful()).as(call + " after SIGCONT").isTrue());
    }

    /** Every endpoint that searches while someone waits, by name. */
    private Map<String, Supplier<ResponseEntity<String>>> searches(long fair) {
        Map<String, Supplier<ResponseEntity<String>>> searches = new LinkedHashMap<>();
        searches.put("GET /api/v1/vacancies/V-0001/candidates",
                () -> http.getForEntity("/api/v1/vacancies/V-0001/candidates", String.class));
        searches.put("GET /api/v1/fairs/{id}/shortlists",
                () -> http.getForEntity("/api/v1/fairs/" + fair + "/shortlists", String.class));
        searches.put("GET /api/v1/fairs/{id}/shortlists.xlsx",
                () -> http.getForEntity("/api/v1/fairs/" + fair + "/shortlists.xlsx", String.class));
        searches.put("POST /api/v1/fairs/{id}/invitations", () -> json(http, HttpMethod.POST,
                "/api/v1/fairs/" + fair + "/invitations", "{\"personId\":\"P-0001\",\"vacancyId\":\"V-0001\"}", null));
        return searches;
    }

    /** Recommendations and the kiosk rank the vacancy pool, which the ledger keeps: they go on without Elasticsearch. */
    private Map<String, Supplier<ResponseEntity<String>>> pooled(String session) {
        TestRestTemplate kiosk = accounts.as(Role.KIOSK);
        Map<String, Supplier<ResponseEntity<String>>> pooled = new LinkedHashMap<>();
        pooled.put("GET /api/v1/persons/P-0001/recommendations",
                () -> http.getForEntity("/api/v1/persons/P-0001/recommendations", String.class));
        pooled.put("POST /api/v1/persons/P-0001/referrals",
                () -> json(http, HttpMethod.POST, "/api/v1/persons/P-0001/referrals", "{}", null));
        pooled.put("GET /api/v1/persons/P-0001/fit/V-0001",
                () -> http.getForEntity("/api/v1/persons/P-0001/fit/V-0001", String.class));
        pooled.put("GET /api/v1/kiosk/recommendations",
                () -> json(kiosk, HttpMethod.GET, "/api/v1/kiosk/recommendations", null, session));
        pooled.put("GET /api/v1/kiosk/jobs?township=三星镇",
                () -> kiosk.getForEntity("/api/v1/kiosk/jobs?township={t}", String.class, TOWNSHIP));
        pooled.put("GET /api/v1/kiosk/job-types?township=三星镇",
                () -> kiosk.getForEntity("/api/v1/kiosk/job-types?township={t}", String.class, TOWNSHIP));
        return pooled;
    }

    private long fair() throws Exception {
        ResponseEntity<String> created = json(http, HttpMethod.POST, "/api/v1/fairs",
                "{\"name\":\"停机演练\",\"vacancyIds\":[\"V-0001\",\"V-0002\"]}", null);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("id").asLong();
    }

    private String kioskSession() throws Exception {
        ResponseEntity<String> identified = json(accounts.as(Role.KIOSK), HttpMethod.POST, "/api/v1/kiosk/sessions",
                "{\"identifier\":\"" + ID_NUMBER + "\",\"phoneLastFour\":\"5678\"}", null);
        assertThat(identified.getStatusCode().value()).as(identified.getBody()).isEqualTo(201);
        return json.readTree(identified.getBody()).get("token").asText();
    }

    private static ResponseEntity<String> json(TestRestTemplate client, HttpMethod method, String path, String body,
                                               String kioskSession) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (kioskSession != null) {
            headers.set("X-Kiosk-Session", kioskSession);
        }
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** Until Elasticsearch answers again, so that the tests after this one find it as they expect. */
    private void awaitElasticsearch() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                client.cluster().health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
                return;
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }
}
