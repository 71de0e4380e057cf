package org.jobmatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The test sheets through the page's API: each previews every error with its row and column letter, stores
 * nothing until committed, then leaves the ledger as its NDJSON twin does.
 */
@ServiceIT
class SheetImportIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;

    SheetUploads uploads;

    @BeforeEach
    void emptyLedger() {
        ledger.clear();
        uploads = new SheetUploads(http);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "persons   | 人员台账-三星镇.xlsx | 11:D 12:K 13:F 14:D",
        "persons   | 人员台账-旧版.xls    | 8:C 9:J 10:E 11:C",
        "persons   | 人员台账-WPS.csv     | 8:C 9:J 10:E 11:C",
        "vacancies | 岗位信息表.xlsx      | 6:G 7:E"})
    void previewsEveryErrorStoresNothingThenImportsAsItsNdjsonTwin(String kind, String file, String errors)
            throws Exception {
        List<Map<String, Object>> twin = twin(kind);
        ledger.clear();

        JsonNode upload = uploads.preview(kind, file);
        JsonNode preview = upload.get("preview");

        assertThat(positions(preview.get("errors"))).isEqualTo(errors);
        assertThat(preview.get("errors").findValuesAsText("reason")).allMatch(r -> r.matches(".*[\\u4e00-\\u9fa5].*"));
        assertThat(preview.get("created").asLong()).isEqualTo(twin.size());
        assertThat(preview.get("stored").asLong()).isEqualTo(twin.size());
        assertThat(preview.get("rejected").asLong()).isEqualTo(errors.split(" ").length);
        assertThat(ledger.rows(kind, "id")).as("nothing stored before confirming").isEmpty();

        JsonNode result = uploads.commit(upload.get("id").asText()).get("result");

        assertThat(result.get("created").asLong()).isEqualTo(twin.size());
        assertThat(positions(result.get("errors"))).isEqualTo(errors);
        assertThat(ledger.rows(kind, "id")).isEqualTo(twin);
    }

    @Test
    void explainsAnIdNumberExcelTurnedIntoANumberAndHowToFixIt() throws Exception {
        JsonNode errors = uploads.preview("persons", "人员台账-三星镇.xlsx").at("/preview/errors");

        JsonNode zhao = errors.get(0);
        assertThat(zhao.get("row").asLong()).isEqualTo(11);
        assertThat(zhao.get("header").asText()).isEqualTo("身份证号码");
        assertThat(zhao.get("reason").asText()).contains("科学计数法", "设置为“文本”格式");
    }

    @Test
    void keysPersonsByIdNumberWhenTheSheetHasNoLedgerNumbers() throws Exception {
        twin("persons");

        JsonNode upload = uploads.preview("persons", "人员台账-无编号.csv");
        JsonNode preview = upload.get("preview");
        uploads.commit(upload.get("id").asText());

        assertThat(preview.get("created").asLong()).isZero();
        assertThat(preview.get("changed").asLong() + preview.get("unchanged").asLong()).isEqualTo(4);
        assertThat(positions(preview.get("errors"))).isEqualTo("5:B 7:B 8:B 9:I 10:D 11:B");
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM persons", Integer.class)).isEqualTo(6);
    }

    @Test
    void keysVacanciesByEmployerAndTitleWhenTheSheetHasNoVacancyNumbers() throws Exception {
        twin("vacancies");
        List<Map<String, Object>> twin = withoutIds(ledger.rows("vacancies", "employer, title"));
        ledger.clear();

        uploads.commit(uploads.preview("vacancies", "岗位信息表-无编号.csv").get("id").asText());
        JsonNode again = uploads.preview("vacancies", "岗位信息表-无编号.csv").get("preview");

        assertThat(withoutIds(ledger.rows("vacancies", "employer, title"))).isEqualTo(twin);
        assertThat(ledger.jdbc().queryForList("SELECT id FROM vacancies", String.class))
                .allMatch(id -> id.matches("V-AUTO-[0-9a-f]{12}"));
        assertThat(again.get("unchanged").asLong()).isEqualTo(twin.size());
    }

    @Test
    void importsServiceRecordsNamingPersonsByIdNumberAsItsNdjsonTwin() throws Exception {
        twin("persons");
        twin("services");
        List<Map<String, Object>> twin = services();
        ledger.jdbc().update("DELETE FROM services");

        JsonNode upload = uploads.preview("services", "服务记录.xlsx");
        assertThat(positions(upload.at("/preview/errors"))).isEqualTo(FixtureServices.ERRORS);
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM services", Integer.class)).isZero();
        uploads.commit(upload.get("id").asText());
        JsonNode again = uploads.preview("services", "服务记录.xlsx").get("preview");

        assertThat(services()).isEqualTo(twin);
        assertThat(again.get("unchanged").asLong()).isEqualTo(twin.size());
    }

    @Test
    void aColumnMappedOnceIsRememberedForTheOffice() throws Exception {
        ledger.jdbc().update("DELETE FROM spreadsheet_mappings");
        byte[] csv = "姓名,身份证号码,乡镇,所在片区\r\n王秀英,320614197906121245,三星镇,川心港村\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode first = uploads.preview("persons", "片区.csv", csv);
        assertThat(column(first, "D").get("origin").asText()).isEqualTo("UNKNOWN");

        JsonNode mapped = uploads.columns(first.get("id").asText(), Map.of("D", "village"), true);
        assertThat(column(mapped, "D").get("origin").asText()).isEqualTo("CHOSEN");
        JsonNode second = uploads.preview("persons", "片区.csv", csv);
        uploads.commit(second.get("id").asText());

        assertThat(column(second, "D").get("field").asText()).isEqualTo("village");
        assertThat(column(second, "D").get("origin").asText()).isEqualTo("REMEMBERED");
        assertThat(ledger.jdbc().queryForObject("SELECT village FROM persons", String.class)).isEqualTo("川心港村");
    }

    @Test
    void downloadsTheRejectedRowsWithTheirReasons() throws Exception {
        String id = uploads.preview("vacancies", "岗位信息表.xlsx").get("id").asText();

        var response = http.getForEntity("/api/v1/imports/" + id + "/rejected.xlsx", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> texts = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            assertThat(texts).contains("海门建筑劳务公司", "悦来镇农业合作社");
            assertThat(String.join(" ", texts)).contains("月薪", "招聘人数");
        }
    }

    @Test
    void servesATemplateForEachKind() throws Exception {
        for (String kind : List.of("persons", "vacancies")) {
            var response = http.getForEntity("/api/v1/imports/templates/" + kind + ".xlsx", byte[].class);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).as(kind).isGreaterThanOrEqualTo(1);
            }
        }
    }

    /** Imports the twin of the test sheets and returns the rows it stored. */
    private List<Map<String, Object>> twin(String kind) throws Exception {
        var response = Ledger.post(http, "/api/v1/" + kind + "/import",
                Ledger.read(SheetUploads.DIR.resolve(kind + "-twin.ndjson")));
        assertThat(response.getBody()).contains("\"rejected\":[]");
        return ledger.rows(kind, "id");
    }

    /** The service ledger without its keys, which the sheet (without service numbers) does not share with the twin. */
    private List<Map<String, Object>> services() {
        return ledger.rows("services", "person_id, served_on").stream().map(row -> {
            Map<String, Object> copy = new java.util.TreeMap<>(row);
            copy.remove("id");
            copy.remove("external_id");
            return (Map<String, Object>) copy;
        }).toList();
    }

    private static List<Map<String, Object>> withoutIds(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> copy = new java.util.TreeMap<>(row);
            copy.remove("id");
            return (Map<String, Object>) copy;
        }).toList();
    }

    private static JsonNode column(JsonNode upload, String letter) {
        for (JsonNode column : upload.at("/preview/columns")) {
            if (column.get("letter").asText().equals(letter)) {
                return column;
            }
        }
        throw new AssertionError("no column " + letter + " in " + upload);
    }

    private static String positions(JsonNode errors) {
        List<String> positions = new ArrayList<>();
        errors.forEach(e -> positions.add(e.get("row").asLong() + ":" + e.get("column").asText()));
        return String.join(" ", positions);
    }
}
