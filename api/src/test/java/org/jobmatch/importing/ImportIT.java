package org.jobmatch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ServiceIT
class ImportIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void emptyLedger() {
        ledger.clear();
    }

    @Test
    void importsTheContractExamples() throws Exception {
        JsonNode vacancies = importFile("vacancies");
        JsonNode persons = importFile("persons");

        assertThat(vacancies.get("received").asInt()).isEqualTo(10);
        assertThat(vacancies.get("stored").asInt()).isEqualTo(10);
        assertThat(vacancies.get("rejected")).isEmpty();
        assertThat(persons.get("stored").asInt()).isEqualTo(6);
        assertThat(persons.get("rejected")).isEmpty();
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM vacancies", Integer.class)).isEqualTo(10);
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM persons", Integer.class)).isEqualTo(6);
    }

    @Test
    void reImportingTheSameFileChangesNothing() throws Exception {
        importFile("persons");
        long version = ledger.jdbc().queryForObject("SELECT version FROM persons WHERE id = 'P-0001'", Long.class);

        JsonNode again = importFile("persons");

        assertThat(again.get("stored").asInt()).isEqualTo(6);
        assertThat(again.get("changed").asInt()).isZero();
        assertThat(ledger.jdbc().queryForObject("SELECT version FROM persons WHERE id = 'P-0001'", Long.class))
                .isEqualTo(version);
    }

    @Test
    void readsPersonsMaskedWithAgeAndGenderDerivedButNoBirthDate() throws Exception {
        importFile("persons");

        JsonNode person = json.readTree(http.getForObject("/api/v1/persons/P-0001", String.class));

        assertThat(person.get("idNumber").asText()).isEqualTo("320614***********5");
        assertThat(person.get("phone").asText()).isEqualTo("138****5678");
        assertThat(person.has("birthDate")).isFalse();
        assertThat(person.get("age").asInt()).isEqualTo(47);
        assertThat(person.get("gender").asText()).isEqualTo("F");
        assertThat(person.get("group4050").asBoolean()).isTrue();
        assertThat(person.toString()).doesNotContain("320614197906121245", "13812345678");
    }

    @Test
    void fillsAMissingLocationFromTheTownshipCentroid() throws Exception {
        importFile("persons");

        JsonNode person = json.readTree(http.getForObject("/api/v1/persons/P-0002", String.class));

        assertThat(person.at("/location/lat").asDouble()).isBetween(31.8, 31.95);
    }

    @Test
    void rejectsBadLinesOneByOneAndKeepsTheGoodOnes() throws Exception {
        String body = String.join("\n",
                "{\"id\":\"P-9001\",\"name\":\"好人\",\"gender\":\"M\",\"birthDate\":\"1980-01-01\",\"township\":\"三星镇\"}",
                "{\"id\":\"P-9002\",\"name\":\"错号\",\"idNumber\":\"320614197906121244\",\"township\":\"三星镇\"}",
                "not json at all",
                "{\"id\":\"P-9003\",\"name\":\"无镇\",\"gender\":\"F\",\"birthDate\":\"1990-01-01\",\"township\":\"火星镇\"}",
                "{\"id\":\"P-9004\",\"name\":\"坏组\",\"gender\":\"F\",\"birthDate\":\"1990-01-01\",\"township\":\"三星镇\",\"groups\":[\"RICH\"]}",
                "{\"id\":\"P-9005\",\"name\":\"十五位\",\"idNumber\":\"320684790612124\",\"township\":\"悦来镇\"}");

        JsonNode report = json.readTree(Ledger.post(http, "/api/v1/persons/import", body).getBody());

        assertThat(report.get("received").asInt()).isEqualTo(6);
        assertThat(report.get("stored").asInt()).isEqualTo(2);
        assertThat(report.get("rejected")).extracting(r -> r.get("line").asInt()).containsExactly(2, 3, 4, 5);
        assertThat(report.at("/rejected/0/field").asText()).isEqualTo("idNumber");
        assertThat(report.at("/rejected/0/reason").asText()).contains("校验位错误");
        assertThat(report.at("/rejected/2/field").asText()).isEqualTo("township");
        assertThat(report.at("/rejected/3/field").asText()).isEqualTo("groups");
        assertThat(http.getForObject("/api/v1/persons/P-9005", String.class))
                .contains("\"gender\":\"F\"", "\"age\":47").doesNotContain("birthDate"); // born 1979-06-12
    }

    @Test
    void keepsTheLastOfSeveralLinesWithTheSameId() throws Exception {
        String line = "{\"id\":\"V-DUP\",\"source\":\"ENTERPRISE\",\"employer\":\"E\",\"title\":\"%s\","
                + "\"township\":\"三星镇\",\"openings\":1}";

        JsonNode report = json.readTree(Ledger.post(http, "/api/v1/vacancies/import",
                line.formatted("保洁员") + "\n" + line.formatted("保安员")).getBody());

        assertThat(report.get("stored").asInt()).isEqualTo(2);
        assertThat(report.get("rejected")).isEmpty();
        assertThat(http.getForObject("/api/v1/vacancies/V-DUP", String.class)).contains("保安员");
    }

    @Test
    void answersGarbageWithAProblem() {
        ResponseEntity<String> response = Ledger.post(http, "/api/v1/vacancies/import", "id,name\n1,2\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody()).contains("urn:jobmatch:problem:not-ndjson");
    }

    @Test
    void refusesABodyOverTheLimitWithoutStoringAnything() {
        String line = "{\"id\":\"V-X\",\"source\":\"ENTERPRISE\",\"employer\":\"E\",\"title\":\"T\",\"township\":\"三星镇\",\"openings\":1}\n";
        String body = line.repeat(3 * 1024 * 1024 / line.length());

        ResponseEntity<String> response = Ledger.post(http, "/api/v1/vacancies/import", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody()).contains("body-too-large");
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM vacancies", Integer.class)).isZero();
    }

    @Test
    void answersUnknownIdsWith404Problems() {
        ResponseEntity<String> response = http.getForEntity("/api/v1/vacancies/V-NOPE", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("urn:jobmatch:problem:not-found", "未找到岗位");
    }

    private JsonNode importFile(String kind) throws Exception {
        String body = Ledger.read(Ledger.CONTRACT_EXAMPLES.resolve(kind + ".ndjson"));
        ResponseEntity<String> response = Ledger.post(http, "/api/v1/" + kind + "/import", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
