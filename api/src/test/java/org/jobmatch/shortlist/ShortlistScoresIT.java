package org.jobmatch.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.matching.Recommender;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.vacancy.VacancyLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A job-fair shortlist scores each person as "why (not) this job" does: the one score on every path. */
@ServiceIT
class ShortlistScoresIT {

    private static final String[] SKILLS = {"开了十年半挂，有A2驾照", "部队汽车兵退伍，有B2驾照", "送过快递，有C1驾照",
        "会开车", "做过保洁", "在服装厂踩过平车", "有叉车证，在仓库干过", "没什么技术", "", "在工地搬过砖，干过小工"};
    private static final String[] WISHES = {"保洁", "开车", "进厂", "仓库", "缝纫"};
    private static final String[] TITLES = {"重卡司机（A2）", "送货司机（C1）", "货车司机", "保洁员", "缝纫工",
        "叉车司机", "普工", "仓库装卸工", "建筑小工"};
    private static final String[] SOURCES = {"ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE"};
    private static final String[] TOWNSHIPS = {"三星镇", "三厂街道"};

    private static final String HEAVY_TRUCK = """
            {"id": "V-A2", "source": "ENTERPRISE", "employer": "海门港物流", "title": "重卡司机（A2）",
             "township": "海门街道", "openings": 2, "wageMin": 6000, "wageMax": 9000, "workMode": "FULL_TIME"}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;
    @Autowired
    Recommender recommender;
    @Autowired
    PersonLedger persons;
    @Autowired
    VacancyLedger vacancies;
    @Autowired
    Clock clock;

    @Test
    void everyShortlistedPersonHasTheScoreOfTheirWhyNot() throws Exception {
        ledger.clear();
        Random random = new Random(20261206);
        List<String> personLines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            personLines.add(json.writeValueAsString(person(random, i)));
        }
        List<String> vacancyLines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            vacancyLines.add(json.writeValueAsString(vacancy(random, i)));
        }
        Ledger.post(http, "/api/v1/vacancies/import", String.join("\n", vacancyLines));
        Ledger.post(http, "/api/v1/persons/import", String.join("\n", personLines));
        ledger.awaitIndexed();
        LocalDate today = LocalDate.now(clock);

        int compared = 0;
        for (int i = 0; i < 30; i++) {
            var vacancy = vacancies.find("SS-V-" + i).orElseThrow();
            JsonNode shortlist = json.readTree(http.getForObject("/api/v1/vacancies/" + vacancy.id()
                    + "/candidates?limit=50", String.class));
            for (JsonNode candidate : shortlist.get("candidates")) {
                var person = persons.find(candidate.get("personId").asText()).orElseThrow();
                var why = recommender.explain(person, vacancy, today);
                String pair = person.id() + " (" + person.skills() + " / " + person.preferences().jobs() + ") for "
                        + vacancy.id();
                assertThat(candidate.get("score").asDouble()).as(pair).isEqualTo(why.score());
                assertThat(candidate.get("reasons").toString()).as(pair)
                        .isEqualTo(json.writeValueAsString(why.reasons()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

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

    private static Map<String, Object> person(Random random, int i) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", "SS-P-" + i);
        p.put("name", "测试");
        p.put("gender", random.nextBoolean() ? "M" : "F");
        p.put("birthDate", LocalDate.of(2026, 12, 1).minusYears(20 + random.nextInt(38)).toString());
        p.put("township", TOWNSHIPS[random.nextInt(TOWNSHIPS.length)]);
        p.put("location", Map.of("lat", 31.9 + random.nextDouble() * 0.1, "lon", 121.0 + random.nextDouble() * 0.2));
        AssistanceGroup[] groups = AssistanceGroup.values();
        p.put("groups", List.of(groups[random.nextInt(groups.length)].name()));
        p.put("skills", SKILLS[random.nextInt(SKILLS.length)]);
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("maxDistanceKm", 10 + random.nextInt(30));
        preferences.put("willingToMigrate", random.nextInt(5) == 0);
        if (random.nextBoolean()) {
            preferences.put("jobs", WISHES[random.nextInt(WISHES.length)]);
        }
        p.put("preferences", preferences);
        return p;
    }

    private static Map<String, Object> vacancy(Random random, int i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", "SS-V-" + i);
        v.put("source", SOURCES[random.nextInt(SOURCES.length)]);
        v.put("employer", "单位" + i);
        v.put("title", TITLES[random.nextInt(TITLES.length)]);
        v.put("township", TOWNSHIPS[random.nextInt(TOWNSHIPS.length)]);
        v.put("location", Map.of("lat", 31.9 + random.nextDouble() * 0.1, "lon", 121.0 + random.nextDouble() * 0.2));
        v.put("openings", 3);
        v.put("workMode", "FULL_TIME");
        return v;
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
