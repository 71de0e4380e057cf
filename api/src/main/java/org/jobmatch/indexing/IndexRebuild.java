package org.jobmatch.indexing;

import java.util.List;
import java.util.function.LongConsumer;

import org.jobmatch.index.DocumentWriter;
import org.jobmatch.index.IndexAdmin;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.IndexOperation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds an index from the ledger into a fresh concrete index and swaps the alias: searches keep
 * using the old index until the new one is complete. The relay is paused meanwhile; changes made
 * during the rebuild wait in the outbox and are applied to the new index right after the swap.
 */
@Component
public class IndexRebuild {

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final IndexRelay relay;
    private final IndexAdmin admin;
    private final DocumentWriter writer;
    private final LedgerDocuments ledgerDocuments;

    IndexRebuild(JdbcTemplate jdbc, IndexRelay relay, IndexAdmin admin, DocumentWriter writer,
                 LedgerDocuments ledgerDocuments) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.admin = admin;
        this.writer = writer;
        this.ledgerDocuments = ledgerDocuments;
    }

    public record Result(IndexKind kind, String index, long documents) {
    }

    public long count(IndexKind kind) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + table(kind), Long.class);
        return count == null ? 0 : count;
    }

    /** Rebuilds {@code kind}; {@code progress} is told the number of documents written so far. */
    public Result rebuild(IndexKind kind, LongConsumer progress) {
        return relay.whilePaused(() -> {
            String index = admin.createIndex(kind);
            long written = 0;
            String after = "";
            for (List<String> ids = page(kind, after); !ids.isEmpty(); ids = page(kind, after)) {
                List<IndexOperation> operations = ledgerDocuments.upserts(kind, ids).stream()
                        .map(op -> op.into(index)).toList();
                for (DocumentWriter.Outcome outcome : writer.write(operations)) {
                    if (!outcome.succeeded()) {
                        throw new IllegalStateException("重建索引失败 (rebuild failed) at " + outcome.operation().id()
                                + ": " + outcome.error());
                    }
                }
                written += operations.size();
                progress.accept(written);
                after = ids.get(ids.size() - 1);
            }
            admin.swapAlias(kind, index);
            return new Result(kind, index, written);
        });
    }

    private List<String> page(IndexKind kind, String after) {
        return jdbc.queryForList("SELECT id FROM " + table(kind) + " WHERE id > ? ORDER BY id LIMIT " + PAGE,
                String.class, after);
    }

    private static String table(IndexKind kind) {
        return kind == IndexKind.VACANCY ? "vacancies" : "persons";
    }
}
