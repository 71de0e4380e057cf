package org.jobmatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountyGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameFiles() throws Exception {
        new CountyGenerator(7, TODAY).write(dir.resolve("p1"), 500, dir.resolve("v1"), 200);
        new CountyGenerator(7, TODAY).write(dir.resolve("p2"), 500, dir.resolve("v2"), 200);

        assertThat(Files.readString(dir.resolve("p1"))).isEqualTo(Files.readString(dir.resolve("p2")));
        assertThat(Files.readString(dir.resolve("v1"))).isEqualTo(Files.readString(dir.resolve("v2")));
    }

    @Test
    void personsLiveInVillagesOfEveryTownshipWithVariedSkills() throws Exception {
        List<JsonNode> persons = generate().get(0);

        assertThat(persons).hasSize(3000);
        assertThat(persons.stream().map(p -> p.get("township").asText()).distinct()).hasSize(11);
        assertThat(persons.stream().map(p -> p.get("township").asText() + p.get("village").asText()).distinct().count())
                .isGreaterThan(200);
        assertThat(persons.stream().map(p -> p.get("skills").asText()).distinct().count()).isGreaterThan(1000);
        assertThat(persons).allSatisfy(p -> assertThat(p.get("location").get("lat").asDouble()).isBetween(31.6, 32.3));
    }

    @Test
    void idNumbersPassTheCheckDigit() throws Exception {
        generate().get(0).stream().filter(p -> p.has("idNumber"))
                .forEach(p -> assertThat(IdNumber.parse(p.get("idNumber").asText())).isNotNull());
    }

    @Test
    void vacanciesComeFromEverySourceWithOpenings() throws Exception {
        List<JsonNode> vacancies = generate().get(1);

        assertThat(vacancies.stream().map(v -> v.get("source").asText()).distinct())
                .containsExactlyInAnyOrder("ENTERPRISE", "WORKSHOP", "WELFARE_POST", "FLEXIBLE");
        assertThat(vacancies.stream().mapToInt(v -> v.get("openings").asInt()).sum()).isGreaterThan(vacancies.size() * 3);
    }

    @Test
    void vacancyDescriptionsVaryAndNameTheirPost() throws Exception {
        List<JsonNode> vacancies = generate().get(1);

        assertThat(vacancies).allSatisfy(v -> assertThat(v.get("description").asText()).contains(v.get("title").asText()));
        assertThat(vacancies.stream().map(v -> v.get("description").asText()).distinct().count()).isGreaterThan(950);
    }

    private List<List<JsonNode>> generate() throws Exception {
        new CountyGenerator(1, TODAY).write(dir.resolve("p"), 3000, dir.resolve("v"), 1000);
        return List.of(read(dir.resolve("p")), read(dir.resolve("v")));
    }

    private List<JsonNode> read(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
