package org.jobmatch.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The four forms on the contract's examples, with services recorded through the API: figures known by hand. */
@ServiceIT
class ContractExampleReportsIT {

    private static final String PERIOD = "?from=2026-11-01&to=2026-11-30";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
        record(Map.of("kind", "VISIT", "date", "2026-11-20"));
        record(Map.of("kind", "VISIT", "date", "2026-11-22"));
        record(Map.of("kind", "TEMPORARY_RELIEF", "date", "2026-11-21", "amount", 300.5));
        record(Map.of("kind", "JOB_FOUND", "date", "2026-11-25", "jobChannel", "FLEXIBLE"));
        record(Map.of("kind", "VISIT", "date", "2026-10-20"));
    }

    @Test
    void theWarmHeartFormCountsWhatWasRecordedInThePeriod() throws Exception {
        JsonNode row = row(get("/api/v1/reports/warm-heart" + PERIOD), "三星镇");

        assertThat(row.at("/values/10").asInt()).as("visits in November").isEqualTo(2);
        assertThat(row.at("/values/15").asInt()).as("helped into work").isEqualTo(1);
        assertThat(row.at("/values/17").asInt()).as("flexible").isEqualTo(1);
        assertThat(row.at("/values/30").asInt()).as("relief").isEqualTo(1);
        assertThat(row.at("/values/31").decimalValue()).as("relief in yuan").isEqualByComparingTo("300.50");
    }

    @Test
    void everyFormComesAsAnExcelFileWithItsTitle() throws Exception {
        for (String report : List.of("warm-heart", "plan", "coverage", "zero-employment")) {
            JsonNode table = get("/api/v1/reports/" + report + PERIOD);
            byte[] file = http.getForObject("/api/v1/reports/" + report + ".xlsx" + PERIOD, byte[].class);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(new DataFormatter().formatCellValue(workbook.getSheetAt(0).getRow(0).getCell(0)))
                        .isEqualTo(table.get("title").asText());
            }
        }
    }

    @Test
    void coverageJudgesTheUnemployedByTheCountysScheme() throws Exception {
        JsonNode total = get("/api/v1/reports/coverage" + PERIOD).at("/total/values");

        assertThat(total.get(0).asInt()).as("to be served").isEqualTo(6);
        assertThat(total.get(1).asInt()).as("covered").isZero();
        assertThat(total.get(5).decimalValue()).as("deduction").isEqualByComparingTo("50.00");
    }

    private void record(Map<String, Object> service) {
        assertThat(http.postForEntity("/api/v1/persons/P-0001/services", service, String.class).getStatusCode()
                .value()).isEqualTo(201);
    }

    private JsonNode row(JsonNode table, String township) {
        for (JsonNode r : table.get("rows")) {
            if (r.get("township").asText().equals(township)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + township);
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(http.getForObject(path, String.class));
    }
}
