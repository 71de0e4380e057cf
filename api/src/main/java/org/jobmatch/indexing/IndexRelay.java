package org.jobmatch.indexing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

import org.jobmatch.index.DocumentWriter;
import org.jobmatch.index.IndexAdmin;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.IndexOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays the transactional outbox to Elasticsearch. An entry is deleted only after its write was
 * acknowledged, so an outage or crash only delays indexing; external versions make replays harmless.
 */
@Component
public class IndexRelay {

    private static final Logger log = LoggerFactory.getLogger(IndexRelay.class);
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LedgerDocuments ledgerDocuments;
    private final DocumentWriter writer;
    private final IndexAdmin admin;
    private final ReentrantLock lock = new ReentrantLock();
    private final RelayBackoff backoff = new RelayBackoff(log);
    private volatile boolean indicesReady;

    IndexRelay(JdbcTemplate jdbc, TransactionTemplate transaction, LedgerDocuments ledgerDocuments,
               DocumentWriter writer, IndexAdmin admin) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ledgerDocuments = ledgerDocuments;
        this.writer = writer;
        this.admin = admin;
    }

    @Scheduled(fixedDelayString = "${jobmatch.index.relay-interval:250ms}")
    void scheduled() {
        if (backoff.waiting()) {
            return;
        }
        try {
            // a full batch suggests more are waiting: relay them back to back rather than a tick apart
            int done;
            do {
                done = relayOnce();
            } while (done == BATCH && !backoff.waiting());
        } catch (RuntimeException e) {
            backoff.failed("索引同步暂停，稍后重试 (index relay failed, will retry): " + e);
        }
    }

    /** Relays one batch of the outbox; returns how many entries were done. */
    public int relayOnce() {
        return whilePaused(() -> {
            ensureIndices();
            Integer done = transaction.execute(status -> relayBatch());
            return done == null ? 0 : done;
        });
    }

    /** Runs {@code work} while no relaying happens (a rebuild swaps indices meanwhile). */
    public <T> T whilePaused(Callable<T> work) {
        lock.lock();
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            lock.unlock();
        }
    }

    public long pending() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM index_outbox", Long.class);
        return count == null ? 0 : count;
    }

    /** Relays until the outbox is empty (command line); reports progress on {@code out}. */
    public void drain(PrintStream out) {
        long total = pending();
        long left = total;
        while (left > 0) {
            relayOnce();
            left = pending(); // the scheduled relay may have sent some meanwhile: count what is left, not what we sent
            out.printf("\r同步到检索索引 (indexing) %,d / %,d ", Math.max(0, total - left), total);
        }
        if (total > 0) {
            out.println();
        }
    }

    private void ensureIndices() throws java.io.IOException {
        if (!indicesReady) {
            admin.ensureIndices();
            indicesReady = true;
        }
    }

    private int relayBatch() {
        List<OutboxEntry> entries = jdbc.query(
                "SELECT id, entity, entity_id, version FROM index_outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                (rs, n) -> new OutboxEntry(rs.getLong(1), OutboxEntry.kindOf(rs.getString(2)), rs.getString(3),
                        rs.getLong(4)), BATCH);
        if (entries.isEmpty()) {
            backoff.succeeded();
            return 0;
        }
        Map<OutboxEntry.Key, List<OutboxEntry>> byRow = new LinkedHashMap<>();
        entries.forEach(e -> byRow.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
        List<Long> done = new ArrayList<>();
        List<DocumentWriter.Outcome> failed = new ArrayList<>();
        for (DocumentWriter.Outcome outcome : writer.write(operations(byRow))) {
            if (outcome.succeeded()) {
                IndexOperation op = outcome.operation();
                byRow.get(new OutboxEntry.Key(op.kind(), op.id())).forEach(e -> done.add(e.id()));
            } else {
                failed.add(outcome);
            }
        }
        jdbc.update("DELETE FROM index_outbox WHERE id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", done.toArray())));
        if (failed.isEmpty()) {
            backoff.succeeded();
        } else {
            DocumentWriter.Outcome first = failed.get(0);
            backoff.failed(failed.size() + " 条索引写入失败，稍后重试 (index writes failed, will retry); first: "
                    + first.operation().kind() + " " + first.operation().id() + ": " + first.error());
        }
        return done.size();
    }

    private List<IndexOperation> operations(Map<OutboxEntry.Key, List<OutboxEntry>> byRow) {
        List<IndexOperation> operations = new ArrayList<>(byRow.size());
        for (IndexKind kind : IndexKind.values()) {
            Map<String, Long> latest = new HashMap<>();
            byRow.forEach((key, list) -> {
                if (key.kind() == kind) {
                    latest.put(key.entityId(), list.stream().mapToLong(OutboxEntry::version).max().orElseThrow());
                }
            });
            List<IndexOperation> upserts = ledgerDocuments.upserts(kind, latest);
            upserts.forEach(op -> latest.remove(op.id()));
            operations.addAll(upserts);
            latest.forEach((id, version) -> operations.add(IndexOperation.delete(kind, id, version)));
        }
        return operations;
    }
}
