package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@ServiceIT
class KioskApiIT {

    static final String ID_NUMBER = "320614197906121245";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestAccounts accounts;

    private TestRestTemplate kiosk;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
        ledger.forgetFailedAttempts();
        kiosk = accounts.as(Role.KIOSK);
    }

    @Test
    void identifiedPersonSeesThreeJobsWithOnlyTheirOwnMaskedData() throws Exception {
        String token = identify(ID_NUMBER, "5678");

        ResponseEntity<String> response = call(HttpMethod.GET, "/api/v1/kiosk/recommendations", token, null);
        JsonNode mine = json.readTree(response.getBody());

        assertThat(mine.get("name").asText()).isEqualTo("王*英");
        assertThat(mine.get("jobs")).hasSize(3);
        assertThat(mine.at("/jobs/0/vacancyId").asText()).isEqualTo("V-0001");
        assertThat(mine.at("/jobs/0/wage").asText()).isEqualTo("4000–6500 元/月");
        assertThat(response.getBody()).doesNotContain("王秀英", ID_NUMBER, "13812345678", "P-0001");
    }

    @Test
    void refusesTheLedgerNumberOrAnythingAMaskedRecordShows() throws Exception {
        for (String identifier : List.of("P-0001", "0001", "320614***********5", "3206145")) {
            ResponseEntity<String> response = post("/api/v1/kiosk/sessions",
                    Map.of("identifier", identifier, "phoneLastFour", "5678"));
            assertThat(response.getStatusCode()).as(identifier).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(kioskReferrals()).isZero();
    }

    @Test
    void tellsAPersonWithNoPhoneOnRecordToAskTheStaff() throws Exception {
        ResponseEntity<String> response = post("/api/v1/kiosk/sessions",
                Map.of("identifier", "320614199008201533", "phoneLastFour", "0000"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(response.getBody()).get("title").asText()).contains("工作人员");
    }

    @Test
    void keepsFailedAttemptsInTheLedgerSoARestartForgetsNothing() {
        for (int i = 0; i < 4; i++) {
            post("/api/v1/kiosk/sessions", Map.of("identifier", ID_NUMBER, "phoneLastFour", "000" + i));
        }

        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM attempt_failures "
                + "WHERE key = ? AND locked_until > now()", Integer.class, KioskGuard.identity(ID_NUMBER))).isOne();
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM attempt_failures WHERE key LIKE ?",
                Integer.class, "%" + ID_NUMBER + "%")).isZero();
    }

    @Test
    void aSessionWorksOnlyOnTheDeviceThatOpenedIt() throws Exception {
        String token = identify(ID_NUMBER, "5678");

        ResponseEntity<String> elsewhere = call(http, HttpMethod.GET, "/api/v1/kiosk/recommendations", token, null);

        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void auditsEveryIdentification() throws Exception {
        identify(ID_NUMBER, "5678");

        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM audit_log WHERE action = 'KIOSK_IDENTIFY' "
                + "AND person_ids = ARRAY['P-0001'] AND actor = ?", Integer.class, accounts.username(Role.KIOSK)))
                .isPositive();
    }

    @Test
    void refusesAWrongPhoneAndAnUnknownNumberAlike() throws Exception {
        ResponseEntity<String> wrongPhone = post("/api/v1/kiosk/sessions", Map.of("identifier", ID_NUMBER, "phoneLastFour", "1234"));
        ResponseEntity<String> unknown = post("/api/v1/kiosk/sessions", Map.of("identifier", "110101199003074514", "phoneLastFour", "5678"));

        assertThat(wrongPhone.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(json.readTree(wrongPhone.getBody()).get("title"))
                .isEqualTo(json.readTree(unknown.getBody()).get("title"));
        assertThat(wrongPhone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void slowsDownRepeatedWrongAttemptsEvenForTheRightPhone() throws Exception {
        for (int i = 0; i < 3; i++) {
            post("/api/v1/kiosk/sessions", Map.of("identifier", ID_NUMBER, "phoneLastFour", "000" + i));
        }
        ResponseEntity<String> fourth = post("/api/v1/kiosk/sessions", Map.of("identifier", ID_NUMBER, "phoneLastFour", "0003"));
        ResponseEntity<String> right = post("/api/v1/kiosk/sessions", Map.of("identifier", ID_NUMBER, "phoneLastFour", "5678"));

        assertThat(fourth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(fourth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        JsonNode problem = json.readTree(fourth.getBody());
        assertThat(problem.get("type").asText()).endsWith("too-many-attempts");
        assertThat(problem.get("title").asText()).contains("输入错误次数过多", "30 秒");
        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void recommendationsNeedALiveSession() throws Exception {
        String token = identify(ID_NUMBER, "5678");
        call(HttpMethod.DELETE, "/api/v1/kiosk/sessions/current", token, null);

        assertThat(call(HttpMethod.GET, "/api/v1/kiosk/recommendations", null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call(HttpMethod.GET, "/api/v1/kiosk/recommendations", token, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void recordsInterestAsOneKioskReferral() throws Exception {
        String token = identify(ID_NUMBER, "5678");
        call(HttpMethod.GET, "/api/v1/kiosk/recommendations", token, null);

        var first = call(HttpMethod.POST, "/api/v1/kiosk/interests", token, Map.of("vacancyId", "V-0001"));
        var again = call(HttpMethod.POST, "/api/v1/kiosk/interests", token, Map.of("vacancyId", "V-0001"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ledger.jdbc().queryForObject("""
                SELECT count(*) FROM referrals WHERE person_id = 'P-0001' AND vacancy_id = 'V-0001' AND channel = 'KIOSK'""",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void refusesInterestInAJobThatWasNotShown() throws Exception {
        String token = identify(ID_NUMBER, "5678");
        call(HttpMethod.GET, "/api/v1/kiosk/recommendations", token, null);

        assertThat(call(HttpMethod.POST, "/api/v1/kiosk/interests", token, Map.of("vacancyId", "V-0009")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anyoneCanBrowseOpenJobsNearATownshipNearestFirst() throws Exception {
        JsonNode found = json.readTree(kiosk.getForObject("/api/v1/kiosk/jobs?township=三星镇", String.class));
        JsonNode types = json.readTree(kiosk.getForObject("/api/v1/kiosk/job-types?township=三星镇", String.class));
        JsonNode sewing = json.readTree(kiosk.getForObject("/api/v1/kiosk/jobs?township=三星镇&type=纺织服装", String.class));

        assertThat(found.at("/jobs/0/vacancyId").asText()).isEqualTo("V-0001");
        assertThat(found.get("jobs").findValuesAsText("vacancyId")).doesNotContain("V-0009");
        assertThat(found.get("jobs").findValues("distanceKm")).isSortedAccordingTo(
                (a, b) -> Double.compare(a.asDouble(), b.asDouble()));
        assertThat(types.findValuesAsText("type")).contains("纺织服装");
        assertThat(sewing.get("jobs").findValuesAsText("vacancyId")).containsExactly("V-0001");
        assertThat(json.readTree(kiosk.getForObject("/api/v1/kiosk/townships", String.class)).toString()).contains("三星镇");
    }

    @Test
    void refusesAnUnknownTownship() {
        assertThat(kiosk.getForEntity("/api/v1/kiosk/jobs?township=火星镇", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String identify(String identifier, String lastFour) throws Exception {
        ResponseEntity<String> response = post("/api/v1/kiosk/sessions",
                Map.of("identifier", identifier, "phoneLastFour", lastFour));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("token").asText();
    }

    private int kioskReferrals() {
        return ledger.jdbc().queryForObject("SELECT count(*) FROM referrals WHERE channel = 'KIOSK'", Integer.class);
    }

    private ResponseEntity<String> post(String path, Object body) {
        return call(HttpMethod.POST, path, null, body);
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String token, Object body) {
        return call(kiosk, method, path, token, body);
    }

    /** A request of the device {@code client}, in the kiosk session {@code token} when given. */
    private static ResponseEntity<String> call(TestRestTemplate client, HttpMethod method, String path, String token,
                                               Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.set("X-Kiosk-Session", token);
        }
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
