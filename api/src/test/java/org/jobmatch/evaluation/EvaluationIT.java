package org.jobmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.Person;
import org.jobmatch.matching.Recommendation;
import org.jobmatch.matching.Recommendations;
import org.jobmatch.matching.Recommender;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.vacancy.VacancyLedger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Recommendation quality on the labelled evaluation sets (src/test/resources/evaluation*): fails on any hard-rule
 * violation, or on a labelled vacancy that the rules refuse (the rules read otherwise than the set's authors read the
 * contract), and reports precision@3.
 */
@ServiceIT
class EvaluationIT {

    private static final Path SETS = Path.of("src/test/resources");
    private static final Set<String> HELD_OUT = Set.of("evaluation-e8");

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

    /**
     * The repo's own set; seven written independently by someone who had seen neither code nor synonyms, whose misses
     * were since studied (启东市 from 2026-12-04; 英山县, Hubei, and 兰考县, Henan, from 2026-12-05 evening; 奉节县,
     * Chongqing, and 元谋县, Yunnan, from 2026-12-06), and the eighth (阜平县, Hebei), held out: a set in
     * {@link #HELD_OUT} never prints its misses. With {@code -Deval.explain=true} the misses of the other sets print
     * every factor and reason.
     */
    @ParameterizedTest
    @CsvSource({"evaluation, 0.90", "evaluation-independent, 0.90", "evaluation-e3, 0.72", "evaluation-e4, 0.84",
            "evaluation-e5, 0.70", "evaluation-e6, 0.70", "evaluation-e7, 0.74", "evaluation-e8, 0.75"})
    void reachesTheTargetPrecisionWithoutBreakingAHardRule(String set, double target) throws Exception {
        Path dir = SETS.resolve(set);
        ledger.replaceWith(http, dir);

        LocalDate today = LocalDate.now(clock);
        List<String> misses = new ArrayList<>();
        double sum = 0;
        List<String> lines = Files.readAllLines(dir.resolve("labels.ndjson"));
        for (String line : lines) {
            JsonNode label = json.readTree(line);
            var person = persons.find(label.get("personId").asText()).orElseThrow();
            Recommendations got = recommender.recommend(person, today, 3);
            for (Recommendation r : got.recommendations()) {
                var vacancy = vacancies.find(r.vacancyId()).orElseThrow();
                assertThat(HardRules.failures(person, vacancy, today)).as(person.id() + " -> " + r.vacancyId()).isEmpty();
            }
            for (JsonNode id : label.get("relevant")) { // the rules as the set's authors read the contract
                var vacancy = vacancies.find(id.asText()).orElseThrow();
                assertThat(HardRules.failures(person, vacancy, today)).as(person.id() + " may go to " + id).isEmpty();
            }
            double precision = precision(label, got);
            sum += precision;
            if (precision < 1 && Boolean.getBoolean("eval.explain") && !HELD_OUT.contains(set)) {
                printFactors(person, got, label, today);
            }
            if (precision < 1) {
                misses.add(String.format(Locale.ROOT, "  %s %.2f got %s relevant %s (%s)", person.id(), precision,
                        got.recommendations().stream().map(r -> r.vacancyId() + ":" + r.title()).toList(),
                        label.get("relevant"), label.get("why").asText()));
            }
        }
        double precisionAt3 = sum / lines.size();
        System.out.printf(Locale.ROOT, "evaluation %s: precision@3 = %.3f over %d persons (target %.2f)%n",
                set, precisionAt3, lines.size(), target);
        if (!HELD_OUT.contains(set)) {
            misses.forEach(System.out::println);
        }
        assertThat(precisionAt3).isGreaterThanOrEqualTo(target);
    }

    /** The factors and reasons of what a person got and of what the set's authors would refer them to. */
    private void printFactors(Person person, Recommendations got, JsonNode label, LocalDate today) {
        List<String> ids = new ArrayList<>();
        got.recommendations().forEach(r -> ids.add(r.vacancyId()));
        label.get("relevant").forEach(id -> ids.add(id.asText()));
        for (String id : ids) {
            var e = recommender.explain(person, vacancies.find(id).orElseThrow(), today);
            System.out.printf(Locale.ROOT, "    %s %s %.3f %s %s%n", person.id(), id, e.score(),
                    e.factors().stream().map(f -> String.format(Locale.ROOT, "%.2f", f.value())).toList(),
                    e.eligible() ? e.reasons() : "INELIGIBLE");
        }
    }

    /** |top 3 ∩ relevant| / min(3, |relevant|); an expected-empty person scores 1 for an empty, explained list. */
    private static double precision(JsonNode label, Recommendations got) {
        Set<String> relevant = new HashSet<>();
        label.get("relevant").forEach(id -> relevant.add(id.asText()));
        if (label.get("expectEmpty").asBoolean()) {
            return got.recommendations().isEmpty() && got.note() != null ? 1 : 0;
        }
        long hits = got.recommendations().stream().filter(r -> relevant.contains(r.vacancyId())).count();
        return (double) hits / Math.min(3, relevant.size());
    }
}
