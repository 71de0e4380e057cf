package org.jobmatch.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A job-fair shortlist scores a person as their recommendations do, driving licence classes included. */
@ServiceIT
class ShortlistLicenceIT {

    private static final String HEAVY_TRUCK = """
            {"id": "V-A2", "source": "ENTERPRISE", "employer": "海门港物流", "title": "重卡司机（A2）",
             "township": "海门街道", "openings": 2, "wageMin": 6000, "wageMax": 9000, "workMode": "FULL_TIME"}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;

    @Test
    void aB2DriverIsNotShortlistedAsTheTradeOfAnA2Job() throws Exception {
        ContractExamples.load(http, ledger);
        Ledger.post(http, "/api/v1/vacancies/import", HEAVY_TRUCK.replace("\n", ""));
        Ledger.post(http, "/api/v1/persons/import",
                withSkills("P-0003", "开了十年半挂，有A2驾照") + "\n" + withSkills("P-0005", "部队汽车兵退伍，有B2驾照"));
        ledger.awaitIndexed();

        JsonNode candidates = json.readTree(http.getForObject("/api/v1/vacancies/V-A2/candidates", String.class))
                .get("candidates");

        assertThat(candidates.get(0).get("personId").asText()).isEqualTo("P-0003");
        assertThat(candidates.get(0).get("reasons").toString()).contains("技能匹配: 货车司机");
        JsonNode b2 = candidate(candidates, "P-0005");
        assertThat(b2.get("reasons").toString()).contains("需A2驾照，技能中写的是B2驾照");
        assertThat(b2.get("score").asDouble()).isLessThan(candidates.get(0).get("score").asDouble());
    }

    private String withSkills(String personId, String skills) throws Exception {
        for (String line : Ledger.read(Ledger.CONTRACT_EXAMPLES.resolve("persons.ndjson")).split("\n")) {
            ObjectNode person = (ObjectNode) json.readTree(line);
            if (person.get("id").asText().equals(personId)) {
                person.put("skills", skills);
                person.remove("preferences");
                return json.writeValueAsString(person);
            }
        }
        throw new IllegalArgumentException(personId);
    }

    private static JsonNode candidate(JsonNode candidates, String personId) {
        for (JsonNode c : candidates) {
            if (c.get("personId").asText().equals(personId)) {
                return c;
            }
        }
        throw new AssertionError(personId + " not shortlisted: " + candidates);
    }
}
