package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServerProcess;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The service on its embedded servers when PostgreSQL is killed ({@code kill -9} of the postmaster): requests that
 * need the ledger fail fast with a 503 problem, the launcher brings PostgreSQL back, nothing acknowledged is lost.
 * Prints what it measured.
 */
@ServiceIT
class PostgresRestartIT {

    private static final Duration FAIL_FAST = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofMinutes(3);
    /** Hikari checks a pooled connection before use once it has been idle this long. */
    private static final Duration IDLE_CHECKED = Duration.ofMillis(600);
    private static final String PERSON = "/api/v1/persons/P-PR-01";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;
    @Value("${jobmatch.data-dir}")
    String dataDir;
    @Value("${spring.datasource.url}")
    String jdbcUrl;

    @BeforeEach
    void ledgerWithOneLargeVacancy() throws Exception {
        ledger.clear();
        assertAllStored(Ledger.post(http, "/api/v1/vacancies/import", "{\"id\":\"V-PR-1\",\"source\":\"ENTERPRISE\","
                + "\"employer\":\"三星镇食品厂\",\"title\":\"包装工\",\"township\":\"三星镇\",\"openings\":100,\"ageMax\":60}"));
        assertAllStored(Ledger.post(http, "/api/v1/persons/import", IntStream.rangeClosed(1, 40)
                .mapToObj(i -> String.format("{\"id\":\"P-PR-%02d\",\"name\":\"人员%d\",\"gender\":\"F\","
                        + "\"birthDate\":\"1980-01-01\",\"township\":\"三星镇\",\"householdId\":\"H-PR-%d\","
                        + "\"skills\":\"包装\"}", i, i, i))
                .collect(Collectors.joining("\n"))));
        ledger.awaitIndexed();
    }

    private static void assertAllStored(ResponseEntity<String> imported) {
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody()).contains("\"rejected\":[]");
    }

    @Test
    void answers503WhilePostgresIsDownAndLosesNoAcknowledgedPlacement() throws Exception {
        List<Long> acknowledged = placeAll(1, 20);

        long killed = killPostmaster();
        Measured<ResponseEntity<String>> down;
        Measured<ResponseEntity<String>> placeWhileDown;
        try (ServerSocket portHeld = holdPort()) {
            down = measure(() -> http.getForEntity(PERSON, String.class)); // on a pooled connection, now broken
            Thread.sleep(IDLE_CHECKED.toMillis());
            placeWhileDown = measure(() -> place(21)); // pooled ones checked, dropped: waits for a new one in vain
        }
        Duration held = Duration.ofNanos(System.nanoTime() - killed);
        assertLedgerUnavailable(down);
        assertLedgerUnavailable(placeWhileDown);
        Duration recovery = awaitRecovery(killed);

        acknowledged.addAll(placeAll(22, 30));
        Duration unhinderedRecovery = awaitRecovery(killPostmaster());

        Set<Long> lost = new HashSet<>(acknowledged);
        lost.removeAll(ledger.jdbc().queryForList("SELECT id FROM placements", Long.class));
        assertThat(lost).as("acknowledged placements lost").isEmpty();
        assertThat(place(31).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        System.out.printf(Locale.ROOT, "PostgreSQL killed: 503 after %.2f s (GET person), %.2f s (POST placement); "
                        + "requests work again %.1f s after the kill (its port held for %.1f s of it), %.1f s after a "
                        + "second kill; placements lost: %d of %d acknowledged%n", seconds(down.took()),
                seconds(placeWhileDown.took()), seconds(recovery), seconds(held), seconds(unhinderedRecovery),
                lost.size(), acknowledged.size());
    }

    /**
     * Keeps PostgreSQL from coming back while we measure, however fast it would restart on this machine: its port
     * is taken (connections are accepted but never answered, which fails them within the pool's timeout too).
     */
    private ServerSocket holdPort() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true); // the killed server's connections linger in TIME_WAIT
        socket.bind(new InetSocketAddress(Ports.LOOPBACK, URI.create(jdbcUrl.substring("jdbc:".length())).getPort()));
        return socket;
    }

    private List<Long> placeAll(int from, int to) throws IOException {
        List<Long> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ResponseEntity<String> response = place(i);
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
            ids.add(json.readTree(response.getBody()).get("id").asLong());
        }
        return ids;
    }

    private ResponseEntity<String> place(int person) {
        return http.postForEntity("/api/v1/placements",
                Map.of("personId", String.format("P-PR-%02d", person), "vacancyId", "V-PR-1"), String.class);
    }

    /** Kills the postmaster and waits until it is gone; returns when that was (nanoTime). */
    private long killPostmaster() throws Exception {
        long postmaster = ServerProcess.postgres(dataDir).main();
        ServerProcess.kill("KILL", postmaster);
        long killed = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive).isEmpty());
        return killed;
    }

    private Duration awaitRecovery(long killed) {
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(200))
                .until(() -> http.getForEntity(PERSON, String.class).getStatusCode() == HttpStatus.OK);
        return Duration.ofNanos(System.nanoTime() - killed);
    }

    private void assertLedgerUnavailable(Measured<ResponseEntity<String>> measured) {
        ResponseEntity<String> response = measured.result();
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"code\":\"ledger-unavailable\"", "urn:jobmatch:problem:ledger-unavailable",
                "台账数据库暂时不可用");
        assertThat(measured.took()).isLessThan(FAIL_FAST);
    }

    record Measured<T>(T result, Duration took) {
    }

    private static <T> Measured<T> measure(Supplier<T> call) {
        long started = System.nanoTime();
        T result = call.get();
        return new Measured<>(result, Duration.ofNanos(System.nanoTime() - started));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
