package org.jobmatch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jobmatch.batch.BatchFilter;
import org.jobmatch.batch.BatchProgress;
import org.jobmatch.batch.BatchService;
import org.jobmatch.batch.BatchView;
import org.jobmatch.batch.ReportLines;
import org.jobmatch.domain.Person;
import org.jobmatch.importing.ImportReport;
import org.jobmatch.index.IndexAdmin;
import org.jobmatch.index.IndexKind;
import org.jobmatch.indexing.IndexRelay;
import org.jobmatch.matching.Recommender;
import org.jobmatch.person.PersonLedger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Imports a county (generated unless files are given), then times the batch run over everyone against
 * the naive way a peer would build, one Elasticsearch query per person in sequence ({@link PeerRecommender}),
 * on a random sample.
 */
@Component
@ConditionalOnProperty(name = "jobmatch.command", havingValue = BenchEnvironment.COMMAND)
public class Benchmark {

    public static final long SEED = 20261201L;
    static final int PERSONS = 100_000;
    static final int VACANCIES = 20_000;
    static final int NAIVE_SAMPLE = 2_000;
    /** Elasticsearch still spends half its CPU compiling after five rounds (docs/batch.md, the notes). */
    static final int WARM_UP_ROUNDS = 10;
    static final int WARM_UP_BATCHES = 3;
    private static final PrintStream QUIET = CountyLoad.QUIET;

    private final CountyLoad county;
    private final IndexRelay relay;
    private final IndexAdmin admin;
    private final BatchService batches;
    private final Recommender recommender;
    private final PeerRecommender peer;
    private final PersonLedger persons;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Benchmark(CountyLoad county, IndexRelay relay, IndexAdmin admin, BatchService batches,
              Recommender recommender, ElasticsearchClient client, PersonLedger persons, JdbcTemplate jdbc,
              Clock clock) {
        this.county = county;
        this.relay = relay;
        this.admin = admin;
        this.batches = batches;
        this.recommender = recommender;
        this.peer = new PeerRecommender(client);
        this.persons = persons;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs the benchmark; returns the result line (also printed last, see {@link BenchEnvironment}). */
    public String run(Optional<Path> personFile, Optional<Path> vacancyFile, PrintStream log, BatchProgress progress)
            throws IOException {
        Path work = BenchEnvironment.workDir();
        Path vacancies = vacancyFile.orElse(work.resolve("vacancies.ndjson"));
        Path people = personFile.orElse(work.resolve("persons.ndjson"));
        if (vacancyFile.isEmpty() || personFile.isEmpty()) {
            long start = System.nanoTime();
            new CountyGenerator(SEED, LocalDate.now(clock)).write(people, PERSONS, vacancies, VACANCIES);
            log.printf(Locale.ROOT, "generated %,d persons and %,d vacancies (seed %d) in %.1f s%n",
                    PERSONS, VACANCIES, SEED, seconds(start));
        }
        warmUp(vacancies, log);
        long importStart = System.nanoTime();
        ImportReport vacancyReport = load(vacancies, false, log);
        double vacancySeconds = seconds(importStart);
        log.printf(Locale.ROOT, "import + indexing: %,d vacancies in %.1f s = %.0f vacancies/s (%,d rejected)%n",
                vacancyReport.stored(), vacancySeconds, vacancyReport.stored() / vacancySeconds, vacancyReport.rejectedTotal());
        long personStart = System.nanoTime();
        ImportReport personReport = load(people, true, log);
        log.printf(Locale.ROOT, "import + indexing: %,d persons in %.1f s (%,d rejected)%n",
                personReport.stored(), seconds(personStart), personReport.rejectedTotal());
        townshipBatches("warm-up", log);
        TimedBatch timed = batch(log, progress);
        BatchView batch = timed.view();
        double batchRate = batch.total() / timed.seconds();
        double naiveRate = naive(log, batch);
        townshipBatches("warm, after the county's run", log);
        long vacancyCount = jdbc.queryForObject("SELECT count(*) FROM vacancies", Long.class);
        String line = String.format(Locale.ROOT,
                "batch: %d persons x %d vacancies: %.0f persons/s (naive one query per person: %.0f persons/s, ratio %.1f)",
                batch.total(), vacancyCount, batchRate, naiveRate, batchRate / naiveRate);
        BenchEnvironment.lastLine(line);
        return line;
    }

    /**
     * Imports, indexes and deletes the vacancies a few times first, so that the timed import meets the
     * service and Elasticsearch with their code compiled, as a running service would, then puts an empty
     * index behind the alias.
     */
    private void warmUp(Path vacancies, PrintStream log) throws IOException {
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            long start = System.nanoTime();
            load(vacancies, false, QUIET);
            jdbc.update("DELETE FROM vacancies");
            relay.drain(QUIET);
            rounds.add(String.format(Locale.ROOT, "%.1f s", seconds(start)));
        }
        // the deleted copies would still weigh on every search of the batch: start from an empty index
        relay.whilePaused(() -> {
            admin.swapAlias(IndexKind.VACANCY, admin.createIndex(IndexKind.VACANCY));
            return null;
        });
        log.printf(Locale.ROOT, "warm-up: import + indexing + deletion of the vacancies, %d rounds: %s%n",
                WARM_UP_ROUNDS, String.join(", ", rounds));
    }

    /**
     * Runs batches over a few townships: first as a warm-up, so that the timed run, like one in a running service,
     * meets the ranking code compiled; then again, timed on a warm service whose persons have recent referrals.
     */
    private void townshipBatches(String label, PrintStream log) {
        List<String> rounds = new ArrayList<>();
        for (String township : jdbc.queryForList("SELECT DISTINCT township FROM persons ORDER BY township LIMIT ?",
                String.class, WARM_UP_BATCHES)) {
            long start = System.nanoTime();
            batches.runHere(batches.create(new BatchFilter(township, java.util.Set.of()), "bench warm-up", null),
                    BatchProgress.NONE);
            rounds.add(String.format(Locale.ROOT, "%s %.1f s", township, seconds(start)));
        }
        log.printf(Locale.ROOT, "%s: batches over %d townships: %s%n", label, rounds.size(), String.join(", ", rounds));
    }

    private record TimedBatch(BatchView view, double seconds) {
    }

    private TimedBatch batch(PrintStream log, BatchProgress progress) {
        long id = batches.create(BatchFilter.everyone(), "bench", null);
        long start = System.nanoTime();
        batches.runHere(id, progress);
        double seconds = seconds(start);
        BatchView view = batches.find(id).orElseThrow();
        log.printf(Locale.ROOT, "batch %s: %s, %,d persons (%,d done, %,d failed) in %.1f s%n", view.id(),
                view.status(), view.total(), view.done(), view.failed(), seconds);
        log.println("fairness: " + view.report());
        if (view.report() != null) {
            ReportLines.of(view.report()).forEach(line -> log.println("  " + line));
        }
        return new TimedBatch(view, seconds);
    }

    /** One recommendation query per person, one after another, on a seeded random sample. */
    private double naive(PrintStream log, BatchView batch) throws IOException {
        List<String> ids = new ArrayList<>(jdbc.queryForList(
                "SELECT person_id FROM batch_persons WHERE batch_id = ? ORDER BY person_id", String.class,
                batch.numericId()));
        Collections.shuffle(ids, new Random(SEED));
        List<Person> sample = persons.findVersioned(ids.subList(0, Math.min(NAIVE_SAMPLE, ids.size()))).stream()
                .map(PersonLedger.Versioned::person).toList();
        LocalDate today = LocalDate.now(clock);
        int limit = recommender.settings().recommendations();
        long start = System.nanoTime();
        for (Person person : sample) {
            peer.recommend(recommender.profile(person, today), limit);
        }
        double seconds = seconds(start);
        log.printf(Locale.ROOT, "naive: %,d persons one query each in %.1f s%n", sample.size(), seconds);
        return sample.size() / seconds;
    }

    private ImportReport load(Path file, boolean persons, PrintStream log) throws IOException {
        return county.load(file, persons, log);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
