package org.jobmatch.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jobmatch.index.IndexAdmin;
import org.jobmatch.index.IndexKind;
import org.jobmatch.indexing.IndexRebuild;
import org.jobmatch.indexing.IndexRelay;
import org.jobmatch.matching.pool.VacancyPool;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Test helper: empties the ledger and indices, imports NDJSON over HTTP, waits for the index. */
@Component
public class Ledger {

    public static final Path CONTRACT_EXAMPLES = Path.of("../../shared/contract/examples");

    private static final String TRUNCATE = "TRUNCATE batch_persons, batches, fair_invitations, fair_vacancies, fairs, "
            + "placements, referrals, services, zero_employment_cases, township_targets, persons, vacancies, index_outbox "
            + "CASCADE";

    private final JdbcTemplate jdbc;
    private final IndexRelay relay;
    private final IndexRebuild rebuild;
    private final IndexAdmin admin;
    private final VacancyPool pool;

    Ledger(JdbcTemplate jdbc, IndexRelay relay, IndexRebuild rebuild, IndexAdmin admin, VacancyPool pool) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.rebuild = rebuild;
        this.admin = admin;
        this.pool = pool;
    }

    public void clear() {
        // while no relay batch holds outbox rows and reads the ledger: TRUNCATE locking the tables in turn could
        // deadlock with it; another background reader (the pool, a lease sweep) may still make it the victim, and
        // the victim's TRUNCATE changed nothing, so it is simply tried again
        for (int attempt = 1; ; attempt++) {
            try {
                relay.whilePaused(() -> jdbc.update(TRUNCATE));
                break;
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == 5) {
                    throw deadlock;
                }
            }
        }
        for (IndexKind kind : IndexKind.values()) {
            rebuild.rebuild(kind, n -> { });
        }
    }

    /** Waits until no batch run is running, so that emptying the ledger does not pull rows from under one. */
    public void awaitBatches() {
        await("batch runs to finish").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM batches WHERE status = 'RUNNING'", Integer.class) == 0);
    }

    /** Forgets every failed kiosk identification and login, as if none had been tried. */
    public void forgetFailedAttempts() {
        jdbc.update("DELETE FROM attempt_failures");
    }

    /** Replaces the ledger with {@code dir}'s vacancies.ndjson and persons.ndjson, all lines accepted, indexed. */
    public void replaceWith(TestRestTemplate http, Path dir) throws IOException, InterruptedException {
        clear();
        for (String kind : List.of("vacancies", "persons")) {
            ResponseEntity<String> response = post(http, "/api/v1/" + kind + "/import", read(dir.resolve(kind + ".ndjson")));
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).as(kind + " rejected").contains("\"rejected\":[]");
        }
        awaitIndexed();
    }

    public static ResponseEntity<String> post(TestRestTemplate http, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    public static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    /** Waits until every ledger change has reached the index and is searchable, and the vacancy pool. */
    public void awaitIndexed() throws IOException {
        await("the index relay to catch up").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> relay.pending() == 0);
        for (IndexKind kind : IndexKind.values()) {
            admin.refresh(kind);
        }
        pool.sync();
    }

    /**
     * A table's rows as the ledger holds them, ordered by {@code orderBy}, without the columns that record when and
     * in which version they were written: what two imports of the same records should agree on.
     */
    public List<Map<String, Object>> rows(String table, String orderBy) {
        return jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + orderBy).stream()
                .map(row -> {
                    Map<String, Object> kept = new java.util.TreeMap<>();
                    row.forEach((column, value) -> {
                        if (!column.equals("version") && !column.endsWith("_at")) {
                            kept.put(column, value instanceof java.sql.Array array ? arrayOf(array) : value);
                        }
                    });
                    return kept;
                }).toList();
    }

    private static List<Object> arrayOf(java.sql.Array array) {
        try {
            return List.of((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
