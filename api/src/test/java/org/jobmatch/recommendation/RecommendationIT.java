package org.jobmatch.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ServiceIT
class RecommendationIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
    }

    @Test
    void sendsTheSeamstressToTheSewingJob() throws Exception {
        assertThat(vacancyIds("P-0001").get(0)).isEqualTo("V-0001");
    }

    @Test
    void electricWelderFindsTheWelderJob() throws Exception {
        assertThat(vacancyIds("P-0003")).first().isEqualTo("V-0004");
    }

    @Test
    void careWorkerFindsTheElderCareJob() throws Exception {
        assertThat(vacancyIds("P-0004")).first().isEqualTo("V-0005");
    }

    @Test
    void retiredFisherGetsTheFishingPatrolPost() throws Exception {
        assertThat(vacancyIds("P-0005")).first().isEqualTo("V-0008");
    }

    @Test
    void hardToEmployPersonWishingForCleaningGetsTheWelfareCleaningPost() throws Exception {
        JsonNode response = recommendations("P-0002");

        assertThat(response.at("/recommendations/0/vacancyId").asText()).isEqualTo("V-0002");
        assertThat(response.at("/recommendations/0/reasons").toString()).contains("公益性岗位优先安置就业困难人员");
    }

    @Test
    void recommendsFromDifferentEmployersAndExplainsAShortList() throws Exception {
        JsonNode response = recommendations("P-0006");

        List<String> employers = response.get("recommendations").findValuesAsText("employer");
        assertThat(employers).doesNotHaveDuplicates();
        if (employers.size() < 3) {
            assertThat(response.get("note").asText()).startsWith("符合条件的岗位不足 3 个");
        }
    }

    @Test
    void neverRecommendsAClosedVacancy() throws Exception {
        for (String person : List.of("P-0001", "P-0002", "P-0003", "P-0004", "P-0005", "P-0006")) {
            assertThat(vacancyIds(person)).doesNotContain("V-0009");
        }
    }

    @Test
    void explainsWhyAVacancyIsNotRecommended() throws Exception {
        JsonNode fit = json.readTree(http.getForObject("/api/v1/persons/P-0002/fit/V-0004", String.class));

        assertThat(fit.get("eligible").asBoolean()).isFalse();
        assertThat(fit.get("rules").toString()).contains("AGE", "年龄");
        assertThat(fit.get("factors")).hasSize(3);
    }

    @Test
    void recordsReferralsInTheLedger() {
        ResponseEntity<String> response = http.postForEntity("/api/v1/persons/P-0001/referrals", null, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ledger.jdbc().queryForObject(
                "SELECT count(*) FROM referrals WHERE person_id = 'P-0001' AND channel = 'COUNTER'", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void answers404ForAnUnknownPerson() {
        assertThat(http.getForEntity("/api/v1/persons/NOPE/recommendations", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private List<String> vacancyIds(String person) throws Exception {
        return recommendations(person).get("recommendations").findValuesAsText("vacancyId");
    }

    private JsonNode recommendations(String person) throws Exception {
        return json.readTree(http.getForObject("/api/v1/persons/" + person + "/recommendations", String.class));
    }
}
