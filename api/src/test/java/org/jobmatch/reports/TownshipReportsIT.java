package org.jobmatch.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobmatch.security.Role;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The four forms on a realistic mixed ledger: every column's township rows add up to the county's total. */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TownshipReportsIT {

    private static final String YEAR = "?from=2026-01-01&to=2026-12-01";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    void mixedLedger() throws Exception {
        MixedLedger.load(http, ledger, 3000, 400);
        http.put("/api/v1/reports/plan/targets", new TargetController.Targets(List.of(
                new TargetController.TargetBody(2026, township(0), "WELFARE_POSTS", 30),
                new TargetController.TargetBody(2026, township(0), "reemployed", 120),
                new TargetController.TargetBody(2026, township(1), "DIFFICULT_PERSONS", 200))));
    }

    @Test
    void everyColumnOfEveryFormAddsUpToTheCountyTotal() throws Exception {
        for (String report : List.of("warm-heart", "coverage", "zero-employment", "plan")) {
            JsonNode table = get("/api/v1/reports/" + report + YEAR);
            List<String> wrong = new ArrayList<>();
            for (int c = 0; c < table.get("columns").size(); c++) {
                String key = table.at("/columns/" + c + "/key").asText();
                if (key.endsWith("share") || key.equals("rate") || key.equals("deduction")) {
                    continue;
                }
                double sum = 0;
                for (JsonNode row : table.get("rows")) {
                    sum += row.get("village").isNull() ? row.at("/values/" + c).asDouble() : 0;
                }
                double total = table.at("/total/values/" + c).asDouble();
                if (Math.abs(sum - total) > 0.001) {
                    wrong.add(report + " " + key + ": rows " + sum + " ≠ total " + total);
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(table.at("/total/values/0").asDouble()).as(report + " has figures").isPositive();
        }
    }

    @Test
    void theWarmHeartFormHasTheSeedsThirtyTwoColumnsAndPlausibleFigures() throws Exception {
        JsonNode form = get("/api/v1/reports/warm-heart" + YEAR);

        assertThat(form.get("columns")).hasSize(32);
        assertThat(form.at("/columns/0/name").asText()).isEqualTo("认定的援助对象人数");
        assertThat(form.at("/columns/31/name").asText()).isEqualTo("对援助电源发放临时救助金额数");
        JsonNode total = form.at("/total/values");
        assertThat(total.get(11).asInt()).as("fairs").isEqualTo(24);
        assertThat(total.get(12).asInt()).as("on site").isEqualTo(16);
        assertThat(total.get(15).asInt()).as("helped").isLessThanOrEqualTo(total.get(16).asInt()
                + total.get(17).asInt() + total.get(18).asInt() + total.get(19).asInt());
        assertThat(total.get(14).asInt()).as("large employers' posts").isLessThan(total.get(13).asInt());
        assertThat(form.at("/rows").findValuesAsText("township")).contains(WarmHeartForm.COUNTY_FAIRS);
    }

    @Test
    void everyPersonFigureOpensTheListOfThePersonsBehindIt() throws Exception {
        JsonNode form = get("/api/v1/reports/warm-heart" + YEAR);
        JsonNode row = form.at("/rows/0");
        String township = row.get("township").asText();
        JsonNode visits = get("/api/v1/reports/warm-heart/persons" + YEAR + "&column=visits&township=" + township);
        JsonNode assisted = get("/api/v1/reports/warm-heart/persons" + YEAR + "&column=assisted&township=" + township
                + "&limit=2000");

        assertThat(assisted.get("total").asInt()).isEqualTo(row.at("/values/0").asInt());
        assertThat(visits.get("total").asInt()).isLessThanOrEqualTo(row.at("/values/10").asInt()).isPositive();
        assertThat(assisted.get("persons").findValuesAsText("idNumber")).isNotEmpty().doesNotContain("null")
                .allSatisfy(id -> assertThat(id).contains("*"));
        assertThat(assisted.get("persons")).allSatisfy(p -> assertThat(p.get("township").asText()).isEqualTo(township));
        assertThat(http.getForEntity("/api/v1/reports/warm-heart/persons?column=fairs", String.class)
                .getBody()).contains("not-a-person-figure");
    }

    @Test
    void coverageListsWhatThePartlyCoveredLackAndTheDeductionFollowsTheRate() throws Exception {
        JsonNode coverage = get("/api/v1/reports/coverage" + YEAR);
        JsonNode total = coverage.at("/total/values");
        double rate = total.get(4).asDouble();
        JsonNode partly = get("/api/v1/reports/coverage/persons" + YEAR + "&column=partly&limit=5");

        assertThat(total.get(0).asInt()).isEqualTo(total.get(1).asInt() + total.get(2).asInt() + total.get(3).asInt());
        assertThat(total.get(5).asDouble()).isCloseTo((100 - rate) * 0.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(partly.at("/persons/0/detail").asText()).contains("差");
        assertThat(coverage.get("rows")).anySatisfy(r -> assertThat(r.get("village").isNull()).isFalse());
    }

    @Test
    void townshipStaffSeeTheirOwnTownshipOnly() throws Exception {
        TestRestTemplate staff = accounts.as(Role.TOWNSHIP_STAFF);
        JsonNode own = json.readTree(staff.getForObject("/api/v1/reports/warm-heart" + YEAR, String.class));

        assertThat(own.get("rows").findValuesAsText("township")).containsOnly(TestAccounts.TOWNSHIP);
        assertThat(staff.getForEntity("/api/v1/reports/coverage?township=" + township(1), String.class)
                .getStatusCode().value()).isEqualTo(TestAccounts.TOWNSHIP.equals(township(1)) ? 200 : 403);
    }

    @Test
    void theExcelFileIsLaidOutLikeTheForm() throws Exception {
        JsonNode form = get("/api/v1/reports/warm-heart" + YEAR);
        byte[] file = http.getForObject("/api/v1/reports/warm-heart.xlsx" + YEAR, byte[].class);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo(WarmHeartForm.TITLE);
            for (int c = 0; c < 32; c++) {
                assertThat(text.formatCellValue(sheet.getRow(ReportWorkbook.NUMBER_ROW).getCell(c + 1)))
                        .isEqualTo(String.valueOf(c + 1));
            }
            assertThat(text.formatCellValue(sheet.getRow(ReportWorkbook.NAME_ROW).getCell(2))).startsWith("长期失业人数");
            int last = sheet.getLastRowNum();
            assertThat(last - ReportWorkbook.FIRST_DATA_ROW + 1).isEqualTo(form.get("rows").size() + 1);
            assertThat(text.formatCellValue(sheet.getRow(last).getCell(0))).isEqualTo("合计");
            assertThat(sheet.getRow(last).getCell(1).getNumericCellValue()).isEqualTo(form.at("/total/values/0").asDouble());
        }
    }

    @Test
    void thePlanSetsTargetsAgainstActualsAndImportsThemLineByLine() throws Exception {
        String lines = "{\"year\":2026,\"township\":\"" + township(2) + "\",\"measure\":\"REEMPLOYED\",\"target\":50}\n"
                + "{\"year\":2026,\"township\":\"" + township(2) + "\",\"measure\":\"NOPE\",\"target\":5}\n";
        JsonNode imported = json.readTree(Ledger.post(http, "/api/v1/reports/plan/targets/import", lines).getBody());
        JsonNode plan = get("/api/v1/reports/plan" + YEAR);

        assertThat(imported.get("stored").asInt()).isEqualTo(1);
        assertThat(imported.at("/rejected/0/field").asText()).isEqualTo("measure");
        assertThat(plan.get("columns")).hasSize(18);
        JsonNode first = row(plan, township(0));
        assertThat(first.at("/values/6").asInt()).isEqualTo(30);
        assertThat(first.at("/values/8").isNull() || first.at("/values/8").isNumber()).isTrue();
        assertThat(plan.at("/total/values/15").asInt()).isEqualTo(170);
        assertThat(http.getForEntity("/api/v1/reports/plan?from=2025-06-01&to=2026-06-01", String.class).getBody())
                .contains("invalid-period");
    }

    private JsonNode row(JsonNode table, String township) {
        for (JsonNode r : table.get("rows")) {
            if (r.get("township").asText().equals(township) && r.get("village").isNull()) {
                return r;
            }
        }
        throw new AssertionError("no row for " + township);
    }

    private String township(int n) {
        return ledger.jdbc().queryForList("SELECT DISTINCT township FROM persons ORDER BY township", String.class).get(n);
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(http.getForObject(path, String.class));
    }
}
