package org.jobmatch.reports;

import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jobmatch.bench.CountyGenerator;
import org.jobmatch.importing.ImportProgress;
import org.jobmatch.importing.LedgerImport;
import org.jobmatch.indexing.IndexRelay;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * How long the forms take on the bench county (100,000 persons, 20,000 vacancies, a year of mixed work): run with
 * {@code -Djobmatch.reports.bench=100000 -Dit.test=WarmHeartBenchIT}. Prints the timings; asserts nothing else.
 */
@ServiceIT
@EnabledIfSystemProperty(named = "jobmatch.reports.bench", matches = "\\d+")
class WarmHeartBenchIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    LedgerImport imports;
    @Autowired
    IndexRelay relay;
    @Autowired
    WarmHeartForm form;
    @Autowired
    CoverageReport coverage;

    @Test
    void timeTheFormsOnTheBenchCounty() throws Exception {
        int persons = Integer.getInteger("jobmatch.reports.bench");
        Path dir = Files.createTempDirectory("bench-county");
        new CountyGenerator(20261201L, LocalDate.of(2026, 12, 1))
                .write(dir.resolve("persons.ndjson"), persons, dir.resolve("vacancies.ndjson"), persons / 5);
        ledger.clear();
        try (InputStream v = Files.newInputStream(dir.resolve("vacancies.ndjson"));
             InputStream p = Files.newInputStream(dir.resolve("persons.ndjson"))) {
            imports.importVacancies(v, Long.MAX_VALUE, ImportProgress.NONE);
            imports.importPersons(p, Long.MAX_VALUE, ImportProgress.NONE);
        }
        MixedLedger.work(ledger.jdbc());
        ledger.jdbc().execute("ANALYZE");
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1)).until(() -> relay.pending() == 0);
        Period year = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1));
        System.out.println("BENCH ledger: " + ledger.jdbc().queryForMap("SELECT (SELECT count(*) FROM persons) persons,"
                + " (SELECT count(*) FROM services) services, (SELECT count(*) FROM referrals) referrals,"
                + " (SELECT count(*) FROM placements) placements, (SELECT count(*) FROM vacancies) vacancies"));
        List<Long> warmHeart = new ArrayList<>();
        List<Long> http32 = new ArrayList<>();
        List<Long> covered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            form.table(year, null);
            warmHeart.add((System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            http.getForObject("/api/v1/reports/warm-heart.xlsx?from=2026-01-01&to=2026-12-01", byte[].class);
            http32.add((System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            coverage.table(year, null);
            covered.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("BENCH warm-heart form (query) ms: " + warmHeart);
        System.out.println("BENCH warm-heart.xlsx over HTTP ms: " + http32);
        System.out.println("BENCH coverage ms: " + covered);
    }
}
