package org.jobmatch.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Zero-employment families are found from the ledger, and cleared by a placement or ended with a reason. */
@ServiceIT
class ZeroEmploymentIT {

    private static final String MEMBER = "{\"id\":\"P-Z-%d\",\"name\":\"成员%d\",\"gender\":\"%s\",\"birthDate\":\"%s\","
            + "\"township\":\"三星镇\",\"householdId\":\"%s\",\"employmentStatus\":\"%s\"}";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void households() throws Exception {
        ledger.clear();
        Ledger.post(http, "/api/v1/vacancies/import", "{\"id\":\"V-Z-1\",\"source\":\"WELFARE_POST\",\"employer\":\"三星镇"
                + "社区服务中心\",\"title\":\"保洁员\",\"township\":\"三星镇\",\"openings\":2,\"ageMax\":60}");
        Ledger.post(http, "/api/v1/persons/import", String.join("\n",
                MEMBER.formatted(1, 1, "M", "1975-03-01", "H-Z-1", "UNEMPLOYED"),
                MEMBER.formatted(2, 2, "F", "1978-05-01", "H-Z-1", "UNEMPLOYED"),
                MEMBER.formatted(3, 3, "M", "1950-01-01", "H-Z-1", "EMPLOYED"), // past working age
                MEMBER.formatted(4, 4, "F", "1980-01-01", "H-Z-2", "UNEMPLOYED"),
                MEMBER.formatted(5, 5, "M", "1982-01-01", "H-Z-2", "FLEXIBLE"),
                MEMBER.formatted(6, 6, "F", "1985-01-01", "H-Z-3", "UNEMPLOYED")));
        ledger.awaitIndexed();
    }

    @Test
    void aHouseholdWithNobodyOfWorkingAgeEmployedIsACaseUntilAMemberIsPlaced() throws Exception {
        JsonNode open = cases("OPEN");
        assertThat(open.get("cases")).extracting(c -> c.get("householdId").asText())
                .containsExactlyInAnyOrder("H-Z-1", "H-Z-3"); // H-Z-2 has a member in flexible work
        assertThat(open.at("/cases/0/welfarePosts/0/vacancyId").asText()).isEqualTo("V-Z-1");

        http.postForEntity("/api/v1/placements", Map.of("personId", "P-Z-1", "vacancyId", "V-Z-1"), String.class);

        assertThat(cases("OPEN").get("cases")).extracting(c -> c.get("householdId").asText()).containsExactly("H-Z-3");
        JsonNode closed = cases("CLOSED");
        assertThat(closed.at("/cases/0/closedHow").asText()).isEqualTo("PLACED");
    }

    @Test
    void staffEndACaseWithAReason() throws Exception {
        long id = cases("OPEN").get("cases").findValues("id").stream().map(JsonNode::asLong)
                .filter(i -> true).findFirst().orElseThrow();

        http.postForEntity("/api/v1/zero-employment/" + id + "/end", Map.of("reason", "全家迁往外地"), String.class);

        JsonNode closed = cases("CLOSED");
        assertThat(closed.at("/cases/0/closedHow").asText()).isEqualTo("ENDED");
        assertThat(closed.at("/cases/0/closedNote").asText()).isEqualTo("全家迁往外地");
    }

    private JsonNode cases(String state) throws Exception {
        return json.readTree(http.getForObject("/api/v1/zero-employment?state=" + state, String.class));
    }
}
