package org.jobmatch.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Feeds contract records (one JSON object each, from an NDJSON line or a spreadsheet row) through a parser into a
 * writer in batches: memory stays bounded by the batch size, whatever the length of the file. Every record stands
 * on its own; each one's outcome is told to a listener.
 */
final class RecordImport<T> implements RecordSink {

    static final int BATCH_SIZE = 500;
    static final int MAX_LISTED_REJECTIONS = 10_000;

    private final LineParser<T> parser;
    private final RowWriter<T> writer;
    private final Function<T, Object> domain;
    private final Consumer<RowOutcome> outcomes;

    private long received;
    private long stored;
    private long changed;
    private long rejectedTotal;
    private final List<ImportReport.Rejection> rejections = new ArrayList<>();
    private final List<ImportReport.Rejection> warnings = new ArrayList<>();
    private final List<Pending<T>> batch = new ArrayList<>(BATCH_SIZE);

    private record Pending<T>(long number, String id, T row) {
    }

    RecordImport(LineParser<T> parser, RowWriter<T> writer, Function<T, Object> domain,
                 Consumer<RowOutcome> outcomes) {
        this.parser = parser;
        this.writer = writer;
        this.domain = domain;
        this.outcomes = outcomes;
    }

    long received() {
        return received;
    }

    /** Validates the record and queues it for the next batch; returns whether a batch was written. */
    @Override
    public boolean accept(long number, JsonNode node) {
        received++;
        String id = readableId(node);
        Optional<InvalidField> unstorable = TextCheck.firstProblem(node);
        if (unstorable.isPresent()) {
            refuse(number, id, unstorable.get().field(), unstorable.get().reason());
            return false;
        }
        try {
            batch.add(new Pending<>(number, id, parser.parse(new JsonFields(node))));
        } catch (InvalidField e) {
            refuse(number, id, e.field(), e.reason());
        } catch (IllegalArgumentException e) { // a domain check; its message may quote the line's values
            refuse(number, id, null, "取值无效 (invalid value)");
        }
        if (batch.size() < BATCH_SIZE) {
            return false;
        }
        flush();
        return true;
    }

    @Override
    public void reject(long number, String id, String field, String reason) {
        received++;
        refuse(number, id, field, reason);
    }

    ImportReport finish() {
        flush();
        rejections.sort(Comparator.comparingLong(ImportReport.Rejection::line)); // the writer's come after the parser's
        return new ImportReport(received, stored, changed, List.copyOf(rejections), rejectedTotal,
                List.copyOf(warnings));
    }

    /** The record's id, to name it in the report; none when it is not text the ledger could store. */
    static String readableId(JsonNode node) {
        JsonNode id = node.path("id");
        return id.isTextual() && id.textValue().length() <= 64 && TextCheck.problem(id.textValue()).isEmpty()
                ? id.textValue() : null;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        RowWriter.Result result = writer.write(batch.stream().map(Pending::row).toList());
        changed += result.changed().size();
        stored += batch.size() - result.refused().size();
        for (int i = 0; i < batch.size(); i++) {
            Pending<T> row = batch.get(i);
            InvalidField refused = result.refused().get(i);
            if (refused != null) {
                refuse(row.number(), row.id(), refused.field(), refused.reason());
                continue;
            }
            InvalidField warning = result.warnings().get(i);
            if (warning != null && warnings.size() < MAX_LISTED_REJECTIONS) {
                warnings.add(new ImportReport.Rejection(row.number(), row.id(), warning.field(), warning.reason()));
            }
            outcomes.accept(new RowOutcome(row.number(), row.id(), status(result, row.id()),
                    warning == null ? null : warning.field(), warning == null ? null : warning.reason(),
                    domain.apply(row.row())));
        }
        batch.clear();
    }

    private static RowOutcome.Status status(RowWriter.Result result, String id) {
        if (!result.changed().contains(id)) {
            return RowOutcome.Status.UNCHANGED;
        }
        return result.existed().contains(id) ? RowOutcome.Status.CHANGED : RowOutcome.Status.NEW;
    }

    private void refuse(long number, String id, String field, String reason) {
        rejectedTotal++;
        if (rejections.size() < MAX_LISTED_REJECTIONS) {
            rejections.add(new ImportReport.Rejection(number, id, field, reason));
        }
        outcomes.accept(new RowOutcome(number, id, RowOutcome.Status.REJECTED, field, reason, null));
    }
}
