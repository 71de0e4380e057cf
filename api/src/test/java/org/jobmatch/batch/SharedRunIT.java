package org.jobmatch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jobmatch.JobmatchApplication;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Two services on the same PostgreSQL and Elasticsearch share one run: a second Spring application (instance B)
 * joins a run this test's service (instance A) works on, ranks part of it and is shut down mid-run; a chunk leased
 * by an instance that died (planted) is taken over once its lease runs out; the results, referrals and report are
 * those of the same run on one instance.
 */
@ServiceIT
@TestPropertySource(properties = "jobmatch.batch.lease-timeout=3s")
class SharedRunIT {

    private static final Path EVALUATION = Path.of("src/test/resources/evaluation");
    private static final int CHUNK = 3;

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    BatchService batches;
    @Autowired
    BatchLeases leases;
    @Autowired
    BatchResults results;
    @Autowired
    ObjectMapper json;

    @Test
    void twoInstancesShareARunAndOneDyingChangesNothing() throws Exception {
        ledger.replaceWith(http, EVALUATION);
        long alone = batches.create(BatchFilter.everyone(), "test", 1, CHUNK);
        assertThat(batches.runHere(alone, BatchProgress.NONE)).isTrue();
        Map<String, Object> expected = outcome(alone);
        ledger.jdbc().update("DELETE FROM referrals"); // else the second run would not give the same jobs again

        long shared;
        try (ConfigurableApplicationContext b = instanceB()) {
            shared = batches.create(BatchFilter.everyone(), "test", 1, CHUNK);
            int last = ledger.jdbc().queryForObject("SELECT max(chunk) FROM batch_chunks WHERE batch_id = ?",
                    Integer.class, shared);
            // an instance that died holding the last chunk: nobody may take it until its lease runs out
            assertThat(ledger.jdbc().update("""
                    UPDATE batch_chunks SET leased_by = 'dead', lease_until = now() + interval '4 seconds'
                    WHERE batch_id = ? AND chunk = ? AND options IS NULL""", shared, last)).isEqualTo(1);
            batches.resumeRunning(); // A works on it too
            long others = leases.progress(shared).persons()
                    - ledger.jdbc().queryForObject("SELECT persons FROM batch_chunks WHERE batch_id = ? AND chunk = ?",
                    Integer.class, shared, last);
            await("both instances rank all but the dead chunk").atMost(Duration.ofSeconds(30))
                    .until(() -> leases.progress(shared).ranked() >= others);
            assertThat(batches.find(shared).orElseThrow().status()).isEqualTo(BatchStatus.RUNNING);
        } // B stops mid-run
        await("A takes over the dead chunk and finishes").atMost(Duration.ofSeconds(60))
                .until(() -> batches.find(shared).orElseThrow().status() != BatchStatus.RUNNING);

        assertThat(batches.find(shared).orElseThrow().status()).isEqualTo(BatchStatus.DONE);
        assertThat(ledger.jdbc().queryForObject("SELECT leased_by FROM batch_chunks WHERE batch_id = ? ORDER BY chunk DESC LIMIT 1",
                String.class, shared)).isNotEqualTo("dead");
        assertThat(outcome(shared)).isEqualTo(expected);
    }

    private static ConfigurableApplicationContext instanceB() {
        return new SpringApplicationBuilder(JobmatchApplication.class).profiles("it")
                .run("--server.port=0", "--jobmatch.batch.join-interval=100ms", "--jobmatch.batch.lease-timeout=3s");
    }

    /** A run's result lines, referrals and report (without the allocation's seconds). */
    private Map<String, Object> outcome(long id) throws Exception {
        java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
        results.writeNdjson(id, lines);
        List<String> referrals = ledger.jdbc().queryForList("""
                SELECT person_id || ' ' || vacancy_id || ' ' || rank || ' ' || score FROM referrals WHERE batch_id = ?
                ORDER BY person_id, rank""", String.class, id);
        ObjectNode report = json.valueToTree(batches.find(id).orElseThrow().report());
        report.remove("allocationSeconds");
        return Map.of("lines", lines.toString(java.nio.charset.StandardCharsets.UTF_8), "referrals", referrals,
                "report", report);
    }
}
