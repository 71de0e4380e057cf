package org.jobmatch.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
class FairApiIT {

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
    void createsAFairFromChosenVacanciesAndFromEmployers() throws Exception {
        JsonNode fair = create(Map.of("name", "春风行动专场", "heldOn", "2026-12-05", "vacancyIds", List.of("V-0002"),
                "employers", List.of("海门叠石桥家纺有限公司", "南通临江重工有限公司")));

        assertThat(fair.get("vacancyIds").toString()).contains("V-0001", "V-0002", "V-0004");
        assertThat(json.readTree(http.getForObject("/api/v1/fairs", String.class)).findValuesAsText("name"))
                .contains("春风行动专场");
    }

    @Test
    void refusesUnknownVacanciesAndEmptyFairs() throws Exception {
        var unknown = http.postForEntity("/api/v1/fairs", Map.of("name", "x", "vacancyIds", List.of("V-404")), String.class);
        var empty = http.postForEntity("/api/v1/fairs", Map.of("name", "x"), String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknown.getBody()).get("title").asText()).contains("V-404");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shortlistsEachVacancyWithMaskedCandidatesAndTheirOtherMatches() throws Exception {
        long id = create(Map.of("name", "三星镇专场", "vacancyIds", List.of("V-0001", "V-0004"))).get("id").asLong();

        ResponseEntity<String> response = http.getForEntity("/api/v1/fairs/" + id + "/shortlists", String.class);
        JsonNode board = json.readTree(response.getBody());
        JsonNode sewing = vacancy(board, "V-0001");

        assertThat(sewing.at("/candidates/0/personId").asText()).isEqualTo("P-0001");
        assertThat(sewing.at("/candidates/0/name").asText()).isEqualTo("王*英");
        assertThat(sewing.at("/candidates/0/otherMatches").findValuesAsText("vacancyId")).containsExactly("V-0004");
        assertThat(response.getBody()).doesNotContain("王秀英", "320614197906121245", "13812345678");
    }

    @Test
    void invitesOnceAndRecordsAnInvitedFairReferral() throws Exception {
        long id = create(Map.of("name", "邀请测试", "vacancyIds", List.of("V-0001"))).get("id").asLong();
        Map<String, String> body = Map.of("personId", "P-0001", "vacancyId", "V-0001", "operator", "张三");

        var first = http.postForEntity("/api/v1/fairs/" + id + "/invitations", body, String.class);
        var again = http.postForEntity("/api/v1/fairs/" + id + "/invitations", body, String.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ledger.jdbc().queryForList("""
                SELECT channel || ' ' || outcome || ' ' || operator FROM referrals
                WHERE person_id = 'P-0001' AND vacancy_id = 'V-0001'""", String.class))
                .containsExactly("FAIR INVITED 张三");
        JsonNode board = json.readTree(http.getForObject("/api/v1/fairs/" + id + "/shortlists", String.class));
        assertThat(vacancy(board, "V-0001").at("/candidates/0/invited").asBoolean()).isTrue();
    }

    @Test
    void refusesToInviteSomeoneWhoFailsAHardRule() throws Exception {
        long id = create(Map.of("name", "年龄测试", "vacancyIds", List.of("V-0001"))).get("id").asLong();

        var response = http.postForEntity("/api/v1/fairs/" + id + "/invitations",
                Map.of("personId", "P-0002", "vacancyId", "V-0001"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(response.getBody()).get("title").asText()).contains("年龄");
    }

    @Test
    void exportsTheShortlistsAsAValidSpreadsheet() throws Exception {
        long id = create(Map.of("name", "导出测试", "vacancyIds", List.of("V-0001", "V-0002"))).get("id").asLong();

        ResponseEntity<byte[]> response = http.getForEntity("/api/v1/fairs/" + id + "/shortlists.xlsx", byte[].class);

        assertThat(response.getHeaders().getContentType()).isEqualTo(FairShortlistController.XLSX);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("招聘会候选名单-导出测试.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            var rows = workbook.getSheet(FairWorkbook.CANDIDATES_SHEET);
            assertThat(rows.getLastRowNum()).isPositive();
            assertThat(rows.getRow(1).getCell(5).getStringCellValue()).contains("*");
        }
    }

    @Test
    void answers404ForAnUnknownFair() {
        assertThat(http.getForEntity("/api/v1/fairs/999999/shortlists", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The contract's placement, as the page's "录用" button sends it (the placements API is the lead's). */
    @Test
    void hiringAtTheFairWritesAPlacement() throws Exception {
        var response = http.postForEntity("/api/v1/placements", Map.of("personId", "P-0001", "vacancyId", "V-0001",
                "date", "2026-12-01", "channel", "FAIR", "operator", "张三"), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(ledger.jdbc().queryForObject("SELECT openings FROM vacancies WHERE id = 'V-0001'", Integer.class))
                .isEqualTo(7);
    }

    @Test
    void aPersonHiredAtTheFairStaysOnItsListMarkedHired() throws Exception {
        long id = create(Map.of("name", "录用测试", "vacancyIds", List.of("V-0001"))).get("id").asLong();
        http.postForEntity("/api/v1/placements", Map.of("personId", "P-0001", "vacancyId", "V-0001",
                "date", "2026-12-01", "channel", "FAIR", "operator", "张三"), String.class);

        JsonNode sewing = vacancy(json.readTree(http.getForObject("/api/v1/fairs/" + id + "/shortlists", String.class)),
                "V-0001");

        assertThat(sewing.at("/candidates/0/personId").asText()).isEqualTo("P-0001");
        assertThat(sewing.at("/candidates/0/hired").asBoolean()).isTrue();
        assertThat(sewing.get("candidates").findValuesAsText("personId")).containsOnlyOnce("P-0001");
    }

    private JsonNode create(Map<String, Object> body) throws Exception {
        ResponseEntity<String> response = http.postForEntity("/api/v1/fairs", body, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private static JsonNode vacancy(JsonNode board, String vacancyId) {
        for (JsonNode employer : board.get("employers")) {
            for (JsonNode section : employer.get("vacancies")) {
                if (section.at("/vacancy/id").asText().equals(vacancyId)) {
                    return section;
                }
            }
        }
        throw new AssertionError(vacancyId + " not on the board");
    }
}
