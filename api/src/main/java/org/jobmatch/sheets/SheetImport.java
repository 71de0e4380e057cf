package org.jobmatch.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jobmatch.importing.LedgerImport;
import org.jobmatch.importing.RecordSink;

/**
 * One pass over a sheet into the ledger import (or a dry run of it): finds the header among the first rows, then
 * streams the rows, converting each into a contract record, keying it where the sheet has no ledger numbers, and
 * feeding it to the same validation and upsert as an NDJSON line.
 */
final class SheetImport {

    private static final int KEY_BATCH = 500;

    private final SheetKind kind;
    private final FieldNames names;
    private final Map<Integer, String> chosen;
    private final Optional<String> township;
    private final SheetProgress progress;
    private final List<SheetRow> first = new ArrayList<>();
    private final List<ObjectNode> pending = new ArrayList<>();
    private final List<Long> pendingRows = new ArrayList<>();
    private ColumnMapping mapping;
    private RowConverter converter;
    private RowKeys keys;
    private Tally tally;
    private RecordSink sink;

    SheetImport(SheetKind kind, FieldNames names, Map<Integer, String> chosen, Optional<String> township,
                SheetProgress progress) {
        this.kind = kind;
        this.names = names;
        this.chosen = chosen;
        this.township = township;
        this.progress = progress;
    }

    SheetRun run(LedgerImport ledger, Path file, boolean dryRun) throws IOException {
        SheetSource source = SheetFiles.open(file);
        ledger.importRecords(kind.records(), township, dryRun, outcome -> tally.outcome(outcome), records -> {
            sink = records;
            try {
                source.read(this::row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (mapping == null) {
                start();
            }
            keyPending();
        });
        progress.rows(tally.rowsSeen());
        return new SheetRun(tally.report(source.name(), dryRun), mapping, tally.rejectedReasons());
    }

    private void row(SheetRow row) {
        if (mapping != null) {
            take(row);
            return;
        }
        first.add(row);
        if (first.size() == HeaderFinder.ROWS_SEARCHED) {
            start();
        }
    }

    /** The header is known from the rows read so far: map the columns, then take the rows below it. */
    private void start() {
        if (first.isEmpty()) {
            throw new UnreadableSheet("文件中没有任何数据", "the file holds no data", null);
        }
        mapping = HeaderFinder.find(first, kind, names, chosen);
        Map<String, String> defaults = township.isPresent() && mapping.ofField("township").isEmpty()
                ? Map.of("township", township.get()) : Map.of();
        converter = new RowConverter(kind, mapping, defaults);
        keys = kind.keys(mapping);
        tally = new Tally(kind, mapping);
        first.forEach(this::take);
        first.clear();
    }

    private void take(SheetRow row) {
        if (row.number() <= mapping.lastHeaderRow()) {
            return;
        }
        tally.seen(row.number());
        RowConverter.Converted converted = converter.convert(row);
        if (!converted.errors().isEmpty()) {
            String id = converted.record().path("id").asText(null);
            tally.refused(row.number(), converted.errors().stream().map(e -> new RowError(e.row(), e.column(),
                    e.header(), e.field(), id, e.reason())).toList());
            return;
        }
        if (keys == null) {
            feed(row.number(), converted.record());
            return;
        }
        pending.add(converted.record());
        pendingRows.add(row.number());
        if (pending.size() == KEY_BATCH) {
            keyPending();
        }
    }

    private void keyPending() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Integer, RowKeys.Refusal> refused = keys.assign(pending, pendingRows);
        for (int i = 0; i < pending.size(); i++) {
            RowKeys.Refusal refusal = refused.get(i);
            if (refusal == null) {
                feed(pendingRows.get(i), pending.get(i));
            } else {
                long row = pendingRows.get(i);
                tally.refused(row, List.of(tally.error(row, null, refusal.path(), refusal.reason())));
            }
        }
        pending.clear();
        pendingRows.clear();
    }

    private void feed(long row, ObjectNode record) {
        if (sink.accept(row, record)) {
            progress.rows(tally.rowsSeen());
        }
    }
}
