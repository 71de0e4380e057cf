package org.jobmatch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobmatch.domain.Person;
import org.jobmatch.matching.BatchRecommender;
import org.jobmatch.matching.Rankings;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ServiceIT
class BatchIT {

    private static final Path EVALUATION = Path.of("src/test/resources/evaluation");
    private static final int SEEKING_PERSONS = 41;

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;
    @Autowired
    BatchService batches;
    @Autowired
    BatchRecommender recommender;
    @Autowired
    PersonLedger personLedger;
    @Autowired
    Clock clock;

    @BeforeEach
    void evaluationSet() throws Exception {
        ledger.replaceWith(http, EVALUATION);
    }

    @Test
    void givesEveryoneTheSameRecommendationsAsOneAtATimeWhenTheCapDoesNotBind() throws Exception {
        String id = startAndWait(Map.of("referralsPerOpening", 1000));

        JsonNode status = get("/api/v1/batches/" + id);
        assertThat(status.get("status").asText()).isEqualTo("DONE");
        assertThat(status.get("total").asInt()).isEqualTo(SEEKING_PERSONS);
        assertThat(status.get("done").asInt()).isEqualTo(SEEKING_PERSONS);
        List<JsonNode> lines = results(id);
        assertThat(lines).hasSize(SEEKING_PERSONS);
        for (JsonNode line : lines) {
            JsonNode single = get("/api/v1/persons/" + line.get("personId").asText() + "/recommendations");
            assertThat(line).isEqualTo(single);
        }
        assertThat(referralRows()).isEqualTo(lines.stream().mapToInt(l -> l.get("recommendations").size()).sum());
    }

    @Test
    void holdsTheCapWhileEveryoneStillGetsAsManyJobs() throws Exception {
        String uncapped = startAndWait(Map.of("referralsPerOpening", 1000));
        forgetReferrals(); // a second run would give other jobs than the first (see below)
        String capped = startAndWait(Map.of("referralsPerOpening", 1));

        Map<String, Integer> counts = new java.util.HashMap<>();
        results(uncapped).forEach(l -> counts.put(l.get("personId").asText(), l.get("recommendations").size()));
        results(capped).forEach(l -> assertThat(l.get("recommendations").size()).isEqualTo(counts.get(l.get("personId").asText())));
        JsonNode report = get("/api/v1/batches/" + capped).get("report");
        long relaxed = report.get("personsCapRelaxed").asLong();
        Integer overCapWithoutRelaxing = ledger.jdbc().queryForObject("""
                SELECT count(*) FROM (SELECT r.vacancy_id FROM referrals r JOIN vacancies v ON v.id = r.vacancy_id
                WHERE r.batch_id = ? GROUP BY r.vacancy_id, v.openings HAVING count(*) > v.openings) over""",
                Integer.class, Long.parseLong(capped));
        assertThat(relaxed > 0 || overCapWithoutRelaxing == 0).isTrue();
        assertThat(report.get("maxReferralsPerOpening").asDouble())
                .isLessThanOrEqualTo(get("/api/v1/batches/" + uncapped).at("/report/maxReferralsPerOpening").asDouble());
        assertThat(report.get("shareOfVacanciesReferred").asDouble())
                .isGreaterThanOrEqualTo(get("/api/v1/batches/" + uncapped).at("/report/shareOfVacanciesReferred").asDouble());
    }

    @Test
    void aSecondRunGivesOtherJobsThanTheFirstAndNeverTheSameReferralAgain() throws Exception {
        String first = startAndWait(Map.of("referralsPerOpening", 1000));
        String second = startAndWait(Map.of("referralsPerOpening", 1000));

        Map<String, java.util.Set<String>> before = new java.util.HashMap<>();
        results(first).forEach(l -> before.put(l.get("personId").asText(),
                java.util.Set.copyOf(l.get("recommendations").findValuesAsText("vacancyId"))));
        int again = 0;
        for (JsonNode line : results(second)) {
            List<String> now = line.get("recommendations").findValuesAsText("vacancyId");
            java.util.Set<String> earlier = before.get(line.get("personId").asText());
            assertThat(now).as(line.toString()).noneMatch(earlier::contains);
            again += now.size();
            if (now.size() < 3 && !earlier.isEmpty()) {
                assertThat(line.get("note").asText()).contains("不再重复推荐");
            }
        }
        assertThat(again).isPositive();
        assertThat(ledger.jdbc().queryForObject("""
                SELECT count(*) FROM (SELECT 1 FROM referrals GROUP BY person_id, vacancy_id HAVING count(*) > 1) twice""",
                Integer.class)).isZero();
    }

    @Test
    void resumesAnInterruptedRunWithoutSkippingOrRepeatingAnyone() throws Exception {
        long id = batches.create(BatchFilter.everyone(), "test", null, 10);
        boolean finished = batches.runHere(id, (phase, done, total) -> {
            if (phase == BatchProgress.Phase.WRITING) {
                Thread.currentThread().interrupt();
            }
        });
        boolean wasInterrupted = Thread.interrupted();

        assertThat(finished).isFalse();
        assertThat(wasInterrupted).isTrue();
        BatchView halfway = batches.find(id).orElseThrow();
        assertThat(halfway.status()).isEqualTo(BatchStatus.RUNNING);
        // Interrupted after its first chunk of 10 is written; the chunk already in flight completes too.
        assertThat(halfway.done()).isBetween(10L, 20L);
        assertThat(halfway.report()).isNull();

        // resumed here, unless the service joined it already (it looks for runs to work on every few seconds)
        for (Future<Boolean> resumed : batches.resumeRunning()) {
            assertThat(resumed.get(60, TimeUnit.SECONDS)).isTrue();
        }
        await("batch " + id).atMost(Duration.ofMinutes(1))
                .until(() -> batches.find(id).orElseThrow().status() != BatchStatus.RUNNING);
        BatchView done = batches.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(BatchStatus.DONE);
        assertThat(done.done()).isEqualTo(SEEKING_PERSONS);
        assertThat(ledger.jdbc().queryForObject("""
                SELECT count(*) FROM (SELECT person_id, vacancy_id FROM referrals WHERE batch_id = ?
                GROUP BY person_id, vacancy_id HAVING count(*) > 1) twice""", Integer.class, id)).isZero();
        assertThat(referralRows()).isEqualTo(results(Long.toString(id)).stream()
                .mapToInt(l -> l.get("recommendations").size()).sum());
    }

    @Test
    void refusesASecondRunOverPersonsStillPendingInAnother() throws Exception {
        long first = batches.create(BatchFilter.everyone(), "test", null);

        ResponseEntity<String> second = http.postForEntity("/api/v1/batches", Map.of("township", "三星镇"), String.class);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(second.getBody()).get("code").asText()).isEqualTo("batch-conflict");
        assertThat(batches.runHere(first, BatchProgress.NONE)).isTrue();
        assertThat(http.postForEntity("/api/v1/batches", Map.of("township", "三星镇"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void producesAPrintableWorkbookOfTheResults() throws Exception {
        String id = startAndWait(Map.of("township", "三星镇"));

        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/v1/batches/" + id + "/results.xlsx", byte[].class);

        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("推荐岗位一");
            int persons = get("/api/v1/batches/" + id).get("total").asInt();
            assertThat(persons).isPositive();
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + persons);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("三星镇");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).contains("联系人", "公里");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void ranksTheVacanciesImportedJustBeforeTheRunWithoutWaitingForTheIndex() throws Exception {
        ledger.clear();
        assertThat(Ledger.post(http, "/api/v1/persons/import", Ledger.read(EVALUATION.resolve("persons.ndjson")))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Ledger.post(http, "/api/v1/vacancies/import", Ledger.read(EVALUATION.resolve("vacancies.ndjson")))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        String id = startAndWait(Map.of("referralsPerOpening", 1000)); // at once: the index may not have them yet

        List<JsonNode> lines = results(id);
        assertThat(lines).hasSize(SEEKING_PERSONS);
        assertThat(lines.stream().mapToInt(l -> l.get("recommendations").size()).sum()).isPositive();
        ledger.awaitIndexed();
        for (JsonNode line : lines) {
            assertThat(line).isEqualTo(get("/api/v1/persons/" + line.get("personId").asText() + "/recommendations"));
        }
    }

    @Test
    void refusesUnknownTownshipsAndGroupsListingTheValidOnes() throws Exception {
        ResponseEntity<String> township = http.postForEntity("/api/v1/batches", Map.of("township", "无此镇"), String.class);
        ResponseEntity<String> group = http.postForEntity("/api/v1/batches", Map.of("groups", List.of("NOPE")), String.class);

        assertThat(township.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(township.getBody());
        assertThat(problem.get("code").asText()).isEqualTo("unknown-township");
        assertThat(problem.get("reasonZh").asText()).contains("三星镇").doesNotContain("无此镇");
        assertThat(problem.get("reasonEn").asText()).contains("三星镇");
        assertThat(group.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        problem = json.readTree(group.getBody());
        assertThat(problem.get("code").asText()).isEqualTo("unknown-group");
        assertThat(problem.get("reasonZh").asText()).contains("DIFFICULT", "就业困难人员").doesNotContain("NOPE");
        assertThat(group.getBody()).doesNotContain("java.", "AssistanceGroup");
        assertThat(http.postForEntity("/api/v1/batches", Map.of("groups", List.of("difficult")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ledger.awaitBatches();
    }

    @Test
    void reportsHowGoodTheSpreadIs() throws Exception {
        String id = startAndWait(Map.of("referralsPerOpening", 1));

        JsonNode report = get("/api/v1/batches/" + id).get("report");
        assertThat(report.get("lowerBoundMaxReferralsPerOpening").asDouble())
                .isLessThanOrEqualTo(report.get("maxReferralsPerOpening").asDouble());
        if (report.get("capHolds").asBoolean()) {
            assertThat(report.get("vacanciesOverCap").asLong()).isZero();
        } else {
            assertThat(report.get("maxReferralsPerOpening").asDouble())
                    .isLessThanOrEqualTo(report.get("lowerBoundMaxReferralsPerOpening").asDouble() * 1.1 + 1e-9);
        }
        assertThat(report.get("shareWithThree").asDouble()).isEqualTo(report.get("shareWithThreePossible").asDouble());
        assertThat(report.get("scoreGivenUpShare").asDouble()).isBetween(0.0, 1.0);
        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/v1/batches/" + id + "/results.xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet summary = workbook.getSheet("汇总");
            assertThat(summary).isNotNull();
            StringBuilder text = new StringBuilder();
            summary.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('|')));
            assertThat(text).contains("任何分配可达到的下限", "获得三个推荐的人员比例", "让出的匹配分");
        }
    }

    @Test
    void answers404ForAnUnknownBatch() {
        assertThat(http.getForEntity("/api/v1/batches/999999", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/v1/batches/nope/results", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String startAndWait(Map<String, Object> request) throws Exception {
        ResponseEntity<String> started = http.postForEntity("/api/v1/batches", request, String.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = json.readTree(started.getBody()).get("id").asText();
        await("batch " + id).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> !get("/api/v1/batches/" + id).get("status").asText().equals("RUNNING"));
        assertThat(get("/api/v1/batches/" + id).get("status").asText()).isEqualTo("DONE");
        return id;
    }

    private List<JsonNode> results(String id) throws Exception {
        String body = http.getForObject("/api/v1/batches/" + id + "/results", String.class);
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    private void forgetReferrals() {
        ledger.jdbc().update("DELETE FROM referrals");
    }

    private int referralRows() {
        return ledger.jdbc().queryForObject("SELECT count(*) FROM referrals WHERE channel = 'BATCH'", Integer.class);
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(http.getForObject(path, String.class));
    }
}
