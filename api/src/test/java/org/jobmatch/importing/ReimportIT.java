package org.jobmatch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.security.Role;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** "What the service owns": re-sent files never undo the placements recorded here. */
@ServiceIT
class ReimportIT {

    private static final String VACANCY = "{\"id\":\"V-RI-1\",\"source\":\"WORKSHOP\",\"employer\":\"三星镇帮扶车间\","
            + "\"title\":\"手工包装工\",\"township\":\"三星镇\",\"openings\":%d,\"ageMax\":60}";
    private static final String PERSON = "{\"id\":\"P-RI-%d\",\"name\":\"人员%d\",\"gender\":\"F\","
            + "\"birthDate\":\"1980-01-01\",\"township\":\"三星镇\",\"householdId\":\"H-RI-%d\","
            + "\"groups\":[\"ZERO_EMPLOYMENT_FAMILY\"],\"employmentStatus\":\"UNEMPLOYED\"}";
    private static final String PERSONS = String.join("\n", PERSON.formatted(1, 1, 1), PERSON.formatted(2, 2, 2),
            PERSON.formatted(3, 3, 3), PERSON.formatted(4, 4, 1));

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void twoOpeningsBothFilled() throws Exception {
        ledger.clear();
        importVacancies(VACANCY.formatted(2));
        importPersons(PERSONS);
        assertThat(place("P-RI-1").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(place("P-RI-2").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void resendingTheSameFilesAfterPlacementsChangesNothing() throws Exception {
        JsonNode vacancies = importVacancies(VACANCY.formatted(2));
        JsonNode persons = importPersons(PERSONS);

        assertThat(vacancies.get("changed").asInt()).isZero();
        assertThat(persons.get("changed").asInt()).isZero();
        assertThat(openings()).isZero();
        assertThat(status("P-RI-1")).isEqualTo("EMPLOYED");
        assertThat(status("P-RI-2")).isEqualTo("EMPLOYED");
        assertThat(place("P-RI-3").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM placements WHERE cancelled_at IS NULL",
                Integer.class)).isEqualTo(2);
        ledger.awaitIndexed();
        JsonNode placed = json.readTree(http.getForObject("/api/v1/persons/P-RI-1/recommendations", String.class));
        assertThat(placed.get("recommendations")).isEmpty();
    }

    @Test
    void aFileSayingUnemployedKeepsThePlacementAndWarns() throws Exception {
        JsonNode report = importPersons(PERSONS);

        assertThat(report.get("warnings")).hasSize(3);
        assertThat(report.at("/warnings/0/line").asInt()).isEqualTo(1);
        assertThat(report.at("/warnings/0/id").asText()).isEqualTo("P-RI-1");
        assertThat(report.at("/warnings/0/field").asText()).isEqualTo("employmentStatus");
        assertThat(report.at("/warnings/0/reason").asText()).contains("安置");
        assertThat(report.at("/warnings/2/id").asText()).isEqualTo("P-RI-4");
        assertThat(report.at("/warnings/2/field").asText()).isEqualTo("groups");
        assertThat(groups("P-RI-4")).doesNotContain("ZERO_EMPLOYMENT_FAMILY"); // shares P-RI-1's household
        assertThat(groups("P-RI-3")).contains("ZERO_EMPLOYMENT_FAMILY");
    }

    @Test
    void theOtherFieldsOfAPlacedPersonsLineAreStored() throws Exception {
        importPersons(PERSONS.replace("人员1", "人员一"));

        assertThat(ledger.jdbc().queryForObject("SELECT name FROM persons WHERE id = 'P-RI-1'", String.class))
                .isEqualTo("人员一");
        assertThat(status("P-RI-1")).isEqualTo("EMPLOYED");
    }

    @Test
    void anEmployerPostingMorePlacesAddsThemToWhatIsLeft() throws Exception {
        importVacancies(VACANCY.formatted(4));
        assertThat(openings()).isEqualTo(2);

        importVacancies(VACANCY.formatted(3));
        assertThat(openings()).isEqualTo(1);

        importVacancies(VACANCY.formatted(0));
        assertThat(openings()).isZero();
    }

    @Test
    void townshipStaffImportOnlyTheirOwnTownshipsRecords() throws Exception {
        String other = "{\"id\":\"V-RI-2\",\"source\":\"ENTERPRISE\",\"employer\":\"悦来镇某厂\",\"title\":\"普工\","
                + "\"township\":\"悦来镇\",\"openings\":1}";
        String moved = VACANCY.formatted(2).replace("\"township\":\"三星镇\"", "\"township\":\"悦来镇\"");
        String own = VACANCY.formatted(2).replace("V-RI-1", "V-RI-3");
        TestRestTemplate township = accounts.as(Role.TOWNSHIP_STAFF);

        JsonNode report = json.readTree(Ledger.post(township, "/api/v1/vacancies/import",
                String.join("\n", other, moved, own)).getBody());

        assertThat(report.get("stored").asInt()).isEqualTo(1);
        assertThat(report.get("rejected")).extracting(r -> r.get("line").asInt()).containsExactly(1, 2);
        assertThat(report.at("/rejected/0/field").asText()).isEqualTo("township");
        assertThat(ledger.jdbc().queryForObject("SELECT township FROM vacancies WHERE id = 'V-RI-1'", String.class))
                .isEqualTo("三星镇");
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM vacancies WHERE id = 'V-RI-2'", Integer.class))
                .isZero();
    }

    private JsonNode importVacancies(String body) throws Exception {
        return json.readTree(Ledger.post(http, "/api/v1/vacancies/import", body).getBody());
    }

    private JsonNode importPersons(String body) throws Exception {
        return json.readTree(Ledger.post(http, "/api/v1/persons/import", body).getBody());
    }

    private ResponseEntity<String> place(String person) {
        return http.postForEntity("/api/v1/placements",
                Map.of("personId", person, "vacancyId", "V-RI-1", "date", "2026-12-01"), String.class);
    }

    private int openings() {
        return ledger.jdbc().queryForObject("SELECT openings FROM vacancies WHERE id = 'V-RI-1'", Integer.class);
    }

    private String status(String person) {
        return ledger.jdbc().queryForObject("SELECT employment_status FROM persons WHERE id = ?", String.class, person);
    }

    private String groups(String person) {
        return ledger.jdbc().queryForObject("SELECT array_to_string(groups, ',') FROM persons WHERE id = ?",
                String.class, person);
    }
}
