package org.jobmatch.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.security.Role;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Services recorded one by one and by import, a person's history and "131", the due list. */
@ServiceIT
class ServiceLedgerIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
    }

    @Test
    void servicesReferralsAndPlacementsMakeAPersonsHistoryAndTheir131() throws Exception {
        record("P-0001", Map.of("kind", "POLICY_TALK", "date", "2026-11-20", "channel", "VISIT"));
        record("P-0001", Map.of("kind", "CAREER_GUIDANCE", "date", "2026-11-25"));
        http.postForEntity("/api/v1/persons/P-0001/referrals", null, String.class);

        JsonNode history = json.readTree(http.getForObject("/api/v1/persons/P-0001/services", String.class));

        assertThat(history.at("/coverage/status").asText()).isEqualTo("COVERED");
        assertThat(history.get("entries")).hasSize(5);
        assertThat(history.at("/entries/0/kind").asText()).isEqualTo("JOB_REFERRAL");
        assertThat(history.get("lastContact").asText()).isEqualTo("2026-12-01");
        assertThat(history.get("nextFollowUp").asText()).isEqualTo("2027-01-01"); // unemployed: monthly
    }

    @Test
    void aServiceRecordedByMistakeIsVoidedAndNoLongerCounts() throws Exception {
        JsonNode talk = json.readTree(record("P-0001", Map.of("kind", "POLICY_TALK")).getBody());

        http.exchange("/api/v1/services/" + talk.get("id").asLong(), HttpMethod.DELETE, null, String.class);

        JsonNode history = json.readTree(http.getForObject("/api/v1/persons/P-0001/services", String.class));
        assertThat(history.get("entries")).isEmpty();
        assertThat(history.at("/coverage/status").asText()).isEqualTo("NOT_COVERED");
    }

    @Test
    void wrongFieldsForTheKindAreRefusedWithAReason() {
        ResponseEntity<String> relief = record("P-0001", Map.of("kind", "TEMPORARY_RELIEF"));
        ResponseEntity<String> referral = record("P-0001", Map.of("kind", "JOB_REFERRAL"));
        ResponseEntity<String> future = record("P-0001", Map.of("kind", "VISIT", "date", "2027-01-01"));

        assertThat(relief.getStatusCode().value()).isEqualTo(400);
        assertThat(relief.getBody()).contains("relief-amount", "金额");
        assertThat(referral.getBody()).contains("invalid-service-kind");
        assertThat(future.getBody()).contains("invalid-service-date");
    }

    @Test
    void importedServicesAreUpsertedByTheirIdAndCheckedLikeTheApis() throws Exception {
        String lines = String.join("\n",
                "{\"id\":\"S-1\",\"personId\":\"P-0001\",\"kind\":\"VISIT\",\"date\":\"2026-11-02\",\"channel\":\"VISIT\"}",
                "{\"id\":\"S-2\",\"personId\":\"P-0001\",\"kind\":\"TEMPORARY_RELIEF\",\"date\":\"2026-11-03\",\"amount\":500}",
                "{\"id\":\"S-3\",\"personId\":\"P-9999\",\"kind\":\"VISIT\",\"date\":\"2026-11-03\"}",
                "{\"id\":\"S-4\",\"personId\":\"P-0001\",\"kind\":\"TRAINING\",\"date\":\"2026-11-04\",\"amount\":5}");

        JsonNode first = json.readTree(Ledger.post(http, "/api/v1/services/import", lines).getBody());
        JsonNode again = json.readTree(Ledger.post(http, "/api/v1/services/import", lines).getBody());

        assertThat(first.get("stored").asInt()).isEqualTo(2);
        assertThat(first.get("rejected")).extracting(r -> r.get("field").asText()).containsExactly("personId", "amount");
        assertThat(again.get("changed").asInt()).isZero();
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM services", Integer.class)).isEqualTo(2);
    }

    @Test
    void theDueListHasEveryoneNeverContactedAndTownshipStaffSeeTheirOwn() throws Exception {
        JsonNode county = json.readTree(http.getForObject("/api/v1/follow-ups?month=2026-12", String.class));
        JsonNode township = json.readTree(accounts.as(Role.TOWNSHIP_STAFF)
                .getForObject("/api/v1/follow-ups?month=2026-12", String.class));

        assertThat(county.get("persons")).hasSize(6);
        assertThat(township.get("persons")).allSatisfy(p -> assertThat(p.get("township").asText()).isEqualTo("三星镇"));
        assertThat(accounts.as(Role.TOWNSHIP_STAFF).getForEntity("/api/v1/follow-ups?township=悦来镇", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<String> record(String person, Map<String, Object> body) {
        return http.postForEntity("/api/v1/persons/" + person + "/services", body, String.class);
    }
}
