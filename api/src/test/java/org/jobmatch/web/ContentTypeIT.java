package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bodies are taken only as what the endpoint reads: NDJSON for imports, JSON elsewhere. What a cross-site form can
 * send ({@code text/plain}, urlencoded, multipart) is refused 415 before anything is read or stored.
 */
@ServiceIT
class ContentTypeIT {

    private static final List<MediaType> FORM_TYPES = List.of(MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_FORM_URLENCODED, MediaType.parseMediaType("multipart/form-data; boundary=x"));

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;

    @BeforeEach
    void emptyLedger() {
        ledger.clear();
    }

    @Test
    void anImportAsAFormCouldSendItIsRefused415AndNothingIsStored() throws Exception {
        for (String kind : List.of("vacancies", "persons")) {
            String file = Ledger.read(Ledger.CONTRACT_EXAMPLES.resolve(kind + ".ndjson"));
            for (MediaType type : FORM_TYPES) {
                ResponseEntity<String> response = post("/api/v1/" + kind + "/import", type, file);

                assertThat(response.getStatusCode().value()).as(kind + " as " + type).isEqualTo(415);
                assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(response.getBody()).contains("\"code\":\"unsupported-media-type\"", "application/x-ndjson");
            }
        }
        assertThat(rows("persons") + rows("vacancies") + rows("index_outbox")).isZero();
        String vacancies = Ledger.read(Ledger.CONTRACT_EXAMPLES.resolve("vacancies.ndjson"));
        assertThat(Ledger.post(http, "/api/v1/vacancies/import", vacancies).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void jsonEndpointsRefuseOtherContentTypes415() {
        String placement = "{\"personId\":\"P-0001\",\"vacancyId\":\"V-0001\"}";
        for (MediaType type : FORM_TYPES) {
            for (String path : List.of("/api/v1/placements", "/api/v1/fairs", "/api/v1/kiosk/sessions")) {
                ResponseEntity<String> response = post(path, type, placement);

                assertThat(response.getStatusCode().value()).as(path + " as " + type).isEqualTo(415);
                assertThat(response.getBody()).contains("\"code\":\"unsupported-media-type\"", "application/json");
            }
        }
        assertThat(rows("placements") + rows("fairs")).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIsRefused400() {
        ResponseEntity<String> response = post("/api/v1/placements", MediaType.APPLICATION_JSON, "personId=P-0001");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"code\":\"invalid-json\"");
    }

    private ResponseEntity<String> post(String path, MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private int rows(String table) {
        return ledger.jdbc().queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
