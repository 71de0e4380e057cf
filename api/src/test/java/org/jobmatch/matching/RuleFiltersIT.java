package org.jobmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.RandomRecords;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.index.IndexKind;
import org.jobmatch.matching.rules.HardRule;
import org.jobmatch.matching.rules.PersonFacts;
import org.jobmatch.matching.rules.VacancyFacts;
import org.jobmatch.matching.search.PersonFilters;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Each hard rule's filter of the person index admits exactly the persons its predicate admits (travel: at least
 * them, as the filter can only band the persons' own limits), on random persons and vacancies.
 */
@ServiceIT
class RuleFiltersIT {

    private static final int PERSONS = 300;
    private static final int VACANCIES = 40;

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    PersonLedger personLedger;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @Test
    void everyRulesFilterAgreesWithItsPredicate() throws Exception {
        ledger.clear();
        Random random = new Random(20261204);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            lines.add(json.writeValueAsString(person(random, i)));
        }
        assertThat(Ledger.post(http, "/api/v1/persons/import", String.join("\n", lines)).getBody())
                .contains("\"rejected\":[]");
        ledger.awaitIndexed();
        LocalDate today = LocalDate.now(clock);
        List<PersonFacts> persons = personLedger.findVersioned(ledger.jdbc().queryForList("SELECT id FROM persons",
                String.class)).stream().map(v -> PersonFacts.of(v.person(), today)).toList();

        int admitted = 0;
        RandomRecords records = new RandomRecords(20261205, today);
        for (int i = 0; i < VACANCIES; i++) {
            VacancyFacts vacancy = VacancyFacts.of(records.vacancy("RF-V-" + i));
            for (HardRule rule : HardRule.values()) {
                Set<String> byPredicate = persons.stream()
                        .filter(p -> rule.passes(p, vacancy, vacancy.distanceKm(p), today))
                        .map(p -> p.person().id()).collect(Collectors.toSet());
                Set<String> byFilter = search(PersonFilters.of(rule.admits(vacancy), today).orElse(null));
                if (rule == HardRule.DISTANCE) {
                    assertThat(byFilter).as(rule + " " + vacancy).containsAll(byPredicate);
                } else if (rule != HardRule.OPEN) { // a closed vacancy is refused before any search
                    assertThat(byFilter).as(rule + " " + vacancy).isEqualTo(byPredicate);
                }
                admitted += byPredicate.size();
            }
        }
        assertThat(admitted).isBetween(PERSONS, PERSONS * VACANCIES * HardRule.values().length - 1);
    }

    private Set<String> search(Query filter) throws Exception {
        var response = client.search(s -> s.index(IndexKind.PERSON.alias()).size(PERSONS)
                .source(src -> src.fetch(false))
                .query(q -> filter == null ? q.matchAll(m -> m) : q.bool(b -> b.filter(filter))), Void.class);
        Set<String> ids = new HashSet<>();
        response.hits().hits().forEach(h -> ids.add(h.id()));
        return ids;
    }

    private static Map<String, Object> person(Random random, int i) {
        AssistanceGroup[] groups = AssistanceGroup.values();
        WorkMode[] modes = WorkMode.values();
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("id", "RF-P-" + i);
        p.put("name", "测试");
        p.put("gender", random.nextBoolean() ? "M" : "F");
        p.put("birthDate", LocalDate.of(2026, 12, 1).minusYears(15 + random.nextInt(52))
                .minusDays(random.nextInt(3) - 1).toString());
        p.put("township", "三星镇");
        p.put("location", Map.of("lat", 31.9 + random.nextDouble() * 0.2, "lon", 121.0 + random.nextDouble() * 0.4));
        p.put("groups", random.nextInt(4) == 0 ? List.of() : List.of(groups[random.nextInt(groups.length)].name()));
        p.put("employmentStatus", List.of("UNEMPLOYED", "FLEXIBLE", "EMPLOYED", "NOT_SEEKING").get(random.nextInt(4)));
        Map<String, Object> preferences = new java.util.LinkedHashMap<>();
        if (random.nextBoolean()) {
            preferences.put("workModes", List.of(modes[random.nextInt(modes.length)].name()));
        }
        preferences.put("maxDistanceKm", 3 + random.nextInt(40));
        preferences.put("willingToMigrate", random.nextInt(6) == 0);
        if (random.nextBoolean()) {
            preferences.put("minWage", 2500 + random.nextInt(30) * 100);
        }
        p.put("preferences", preferences);
        return p;
    }
}
