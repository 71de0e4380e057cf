package org.jobmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

@ServiceIT
class PlacementIT {

    private static final String TWO_OPENINGS = "{\"id\":\"V-PL-1\",\"source\":\"WORKSHOP\",\"employer\":\"三星镇帮扶车间\","
            + "\"title\":\"手工包装工\",\"township\":\"三星镇\",\"openings\":2,\"ageMax\":60}";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void ledgerWithTwentyPersonsAndTwoOpenings() throws Exception {
        ledger.clear();
        Ledger.post(http, "/api/v1/vacancies/import", TWO_OPENINGS);
        String persons = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format(
                "{\"id\":\"P-PL-%02d\",\"name\":\"人员%d\",\"gender\":\"F\",\"birthDate\":\"1980-01-01\","
                        + "\"township\":\"三星镇\",\"householdId\":\"H-%d\",\"groups\":[\"ZERO_EMPLOYMENT_FAMILY\"]}",
                i, i, i <= 2 ? 1 : i)).collect(Collectors.joining("\n"));
        Ledger.post(http, "/api/v1/persons/import", persons);
        ledger.awaitIndexed();
    }

    @Test
    void twentyConcurrentPlacementsIntoTwoOpeningsGiveTwoCreatedAndEighteenConflicts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpStatusCode>> results = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String person = String.format("P-PL-%02d", i);
            results.add(pool.submit(() -> {
                start.await();
                return place(person, "V-PL-1").getStatusCode();
            }));
        }
        start.countDown();
        List<HttpStatusCode> statuses = new ArrayList<>();
        for (Future<HttpStatusCode> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        Map<HttpStatusCode, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(HttpStatus.CREATED, 2L, HttpStatus.CONFLICT, 18L));
        assertThat(openings()).isZero();
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM placements", Integer.class)).isEqualTo(2);
    }

    @Test
    void placingTheSamePersonTwiceAtOneVacancyIsAConflict() {
        assertThat(place("P-PL-03", "V-PL-1").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> again = place("P-PL-03", "V-PL-1");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("already-placed");
        assertThat(openings()).isEqualTo(1);
    }

    @Test
    void unknownPersonOrVacancyIsNotFound() {
        assertThat(place("P-NOPE", "V-PL-1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(place("P-PL-01", "V-NOPE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(openings()).isEqualTo(2);
    }

    @Test
    void placementEmploysThePersonAndTakesTheHouseholdOffTheZeroEmploymentList() throws Exception {
        http.postForEntity("/api/v1/persons/P-PL-01/referrals", null, String.class);

        JsonNode placement = json.readTree(place("P-PL-01", "V-PL-1").getBody());

        assertThat(placement.get("placementType").asText()).isEqualTo("WORKSHOP");
        assertThat(placement.get("openingsLeft").asInt()).isEqualTo(1);
        assertThat(status("P-PL-01")).isEqualTo("EMPLOYED");
        assertThat(groups("P-PL-01")).doesNotContain("ZERO_EMPLOYMENT_FAMILY");
        assertThat(groups("P-PL-02")).doesNotContain("ZERO_EMPLOYMENT_FAMILY");
        assertThat(groups("P-PL-03")).contains("ZERO_EMPLOYMENT_FAMILY");
        assertThat(ledger.jdbc().queryForObject("SELECT outcome FROM referrals WHERE person_id = 'P-PL-01' "
                + "AND vacancy_id = 'V-PL-1'", String.class)).isEqualTo("PLACED");
    }

    @Test
    void cancellingAMistakenPlacementRestoresTheOpeningAndThePersonsStatus() throws Exception {
        long id = json.readTree(place("P-PL-01", "V-PL-1").getBody()).get("id").asLong();

        ResponseEntity<String> cancelled = http.exchange("/api/v1/placements/" + id, HttpMethod.DELETE, null, String.class);

        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(openings()).isEqualTo(2);
        assertThat(status("P-PL-01")).isEqualTo("UNEMPLOYED");
        assertThat(groups("P-PL-01")).contains("ZERO_EMPLOYMENT_FAMILY");
        assertThat(groups("P-PL-02")).contains("ZERO_EMPLOYMENT_FAMILY");
        assertThat(http.exchange("/api/v1/placements/" + id, HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(place("P-PL-01", "V-PL-1").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aPlacementShowsInTheNextRecommendations() throws Exception {
        place("P-PL-01", "V-PL-1");
        place("P-PL-02", "V-PL-1");
        ledger.awaitIndexed();

        JsonNode placed = json.readTree(http.getForObject("/api/v1/persons/P-PL-01/recommendations", String.class));
        JsonNode other = json.readTree(http.getForObject("/api/v1/persons/P-PL-05/recommendations", String.class));

        assertThat(placed.get("recommendations")).isEmpty();
        assertThat(placed.get("note").asText()).isEqualTo("已就业");
        assertThat(other.get("recommendations").findValuesAsText("vacancyId")).doesNotContain("V-PL-1");
    }

    private ResponseEntity<String> place(String person, String vacancy) {
        return http.postForEntity("/api/v1/placements",
                Map.of("personId", person, "vacancyId", vacancy, "date", "2026-12-01"), String.class);
    }

    private int openings() {
        return ledger.jdbc().queryForObject("SELECT openings FROM vacancies WHERE id = 'V-PL-1'", Integer.class);
    }

    private String status(String person) {
        return ledger.jdbc().queryForObject("SELECT employment_status FROM persons WHERE id = ?", String.class, person);
    }

    private String groups(String person) {
        return ledger.jdbc().queryForObject("SELECT array_to_string(groups, ',') FROM persons WHERE id = ?",
                String.class, person);
    }
}
