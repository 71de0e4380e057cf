package org.jobmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Township staff (of 三星镇) see and change only their own township's persons and vacancies. */
@ServiceIT
class TownshipScopeIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestAccounts accounts;

    private TestRestTemplate township;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
        township = accounts.as(Role.TOWNSHIP_STAFF);
    }

    @Test
    void opensTheirOwnPersonsAndVacanciesOnly() {
        assertThat(township.getForEntity("/api/v1/persons/P-0001", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(township.getForEntity("/api/v1/vacancies/V-0001", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertOtherTownship(township.getForEntity("/api/v1/persons/P-0002", String.class));
        assertOtherTownship(township.getForEntity("/api/v1/vacancies/V-0002", String.class));
        assertOtherTownship(township.getForEntity("/api/v1/persons/P-0002/recommendations", String.class));
        assertOtherTownship(township.postForEntity("/api/v1/persons/P-0002/referrals", null, String.class));
        assertOtherTownship(township.postForEntity("/api/v1/persons/P-0002/reveal",
                Map.of("fields", java.util.List.of("phone"), "purpose", "回访"), String.class));
    }

    @Test
    void placesOnlyTheirOwnPersons() {
        ResponseEntity<String> other = township.postForEntity("/api/v1/placements",
                Map.of("personId", "P-0002", "vacancyId", "V-0001"), String.class);

        assertOtherTownship(other);
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM placements", Integer.class)).isZero();
    }

    @Test
    void shortlistsTheirOwnVacanciesAmongTheirOwnPersons() throws Exception {
        JsonNode shortlist = json.readTree(township.getForObject("/api/v1/vacancies/V-0001/candidates", String.class));

        assertThat(shortlist.get("candidates").findValuesAsText("township")).isNotEmpty()
                .allMatch(TestAccounts.TOWNSHIP::equals);
        assertOtherTownship(township.getForEntity("/api/v1/vacancies/V-0002/candidates", String.class));
    }

    @Test
    void runsBatchesOverTheirOwnTownshipOnly() throws Exception {
        ResponseEntity<String> other = township.postForEntity("/api/v1/batches", Map.of("township", "海门街道"), String.class);
        ResponseEntity<String> own = township.postForEntity("/api/v1/batches", Map.of(), String.class);

        assertOtherTownship(other);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = json.readTree(own.getBody()).get("id").asText();
        JsonNode status = json.readTree(township.getForObject("/api/v1/batches/" + id, String.class));
        assertThat(status.get("township").asText()).isEqualTo(TestAccounts.TOWNSHIP);
        String countyWide = json.readTree(http.postForEntity("/api/v1/batches",
                Map.of("groups", java.util.List.of("VETERAN")), String.class).getBody()).get("id").asText();
        assertOtherTownship(township.getForEntity("/api/v1/batches/" + countyWide, String.class));
        ledger.awaitBatches();
    }

    private void assertOtherTownship(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("\"code\":\"other-township\"");
    }
}
