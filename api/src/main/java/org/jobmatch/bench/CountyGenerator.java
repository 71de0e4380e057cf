package org.jobmatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A synthetic county in the contract's NDJSON: persons living in villages of Haimen's eleven townships,
 * with groups, free-text skills as officers write them and preferences; vacancies from enterprises,
 * workshops, welfare posts and odd-job markets. The same seed gives the same files.
 */
public final class CountyGenerator {

    private final long seed;
    private final LocalDate today;

    public CountyGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public void write(Path persons, int personCount, Path vacancies, int vacancyCount) throws IOException {
        Random random = new Random(seed);
        Places places = new Places(random);
        Phrases phrases = new Phrases();
        VacancyLines vacancyLines = new VacancyLines(random, places, phrases, today, vacancyCount);
        writeLines(vacancies, vacancyCount, vacancyLines::next);
        PersonLines personLines = new PersonLines(random, places, phrases, today);
        writeLines(persons, personCount, personLines::next);
    }

    private static void writeLines(Path file, int count, IntFunction<Map<String, Object>> line) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                out.write(json.writeValueAsString(line.apply(i)));
                out.write('\n');
            }
        }
    }
}
