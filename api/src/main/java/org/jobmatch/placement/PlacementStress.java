package org.jobmatch.placement;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jobmatch.importing.ImportProgress;
import org.jobmatch.importing.LedgerImport;
import org.jobmatch.web.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Races many threads for a few openings, trial after trial, and counts the trials in which a vacancy
 * was ever overfilled (the answer must be 0). Run on a scratch ledger: {@code stress-placements}.
 */
@Component
public class PlacementStress {

    private final Placements placements;
    private final LedgerImport ledgerImport;
    private final JdbcTemplate jdbc;

    PlacementStress(Placements placements, LedgerImport ledgerImport, JdbcTemplate jdbc) {
        this.placements = placements;
        this.ledgerImport = ledgerImport;
        this.jdbc = jdbc;
    }

    public record Result(int trials, int threads, int overfilled, int exactlyFilled) {
    }

    public Result run(int trials, int threads, int maxOpenings, PrintStream progress) throws Exception {
        load(IntStream.rangeClosed(1, threads).mapToObj(i -> String.format("{\"id\":\"P-STRESS-%03d\",\"name\":\"压测%d\","
                + "\"gender\":\"M\",\"birthDate\":\"1980-01-01\",\"township\":\"三星镇\"}", i, i)), true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int overfilled = 0;
        int exact = 0;
        try {
            for (int trial = 1; trial <= trials; trial++) {
                int openings = 1 + trial % maxOpenings;
                String vacancy = "V-STRESS-" + trial;
                load(Stream.of("{\"id\":\"" + vacancy + "\",\"source\":\"ENTERPRISE\",\"employer\":\"压测企业\","
                        + "\"title\":\"普工\",\"township\":\"三星镇\",\"openings\":" + openings + "}"), false);
                int placed = race(pool, threads, vacancy);
                Integer stored = jdbc.queryForObject("SELECT count(*) FROM placements WHERE vacancy_id = ?",
                        Integer.class, vacancy);
                Integer left = jdbc.queryForObject("SELECT openings FROM vacancies WHERE id = ?", Integer.class, vacancy);
                overfilled += placed > openings || stored > openings || left < 0 ? 1 : 0;
                exact += placed == openings && stored == openings && left == 0 ? 1 : 0;
                progress.printf("\r试验 (trial) %d/%d，超额 (overfilled) %d ", trial, trials, overfilled);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.println();
        return new Result(trials, threads, overfilled, exact);
    }

    private int race(ExecutorService pool, int threads, String vacancy) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>(threads);
        for (int i = 1; i <= threads; i++) {
            PlacementRequest request = new PlacementRequest(String.format("P-STRESS-%03d", i), vacancy, null, null, "stress");
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    placements.place(request);
                    return true;
                } catch (ApiException conflict) {
                    return false;
                }
            }));
        }
        start.countDown();
        int placed = 0;
        for (Future<Boolean> attempt : attempts) {
            placed += attempt.get() ? 1 : 0;
        }
        return placed;
    }

    private void load(Stream<String> lines, boolean persons) {
        var body = new ByteArrayInputStream(lines.collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8));
        if (persons) {
            ledgerImport.importPersons(body, Long.MAX_VALUE, ImportProgress.NONE);
        } else {
            ledgerImport.importVacancies(body, Long.MAX_VALUE, ImportProgress.NONE);
        }
    }
}
