package org.jobmatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Streams NDJSON through a parser into a writer in batches: memory stays bounded by the batch size,
 * whatever the length of the file. Every line stands on its own.
 */
final class NdjsonImport<T> {

    static final int BATCH_SIZE = 500;
    static final int MAX_LISTED_REJECTIONS = 10_000;

    private final ObjectMapper mapper;
    private final LineParser<T> parser;
    private final RowWriter<T> writer;

    private long received;
    private long stored;
    private long changed;
    private long jsonObjects;
    private long undecodable;
    private long rejectedTotal;
    private final List<ImportReport.Rejection> rejections = new ArrayList<>();
    private final List<ImportReport.Rejection> warnings = new ArrayList<>();
    private final List<T> batch = new ArrayList<>(BATCH_SIZE);
    private final List<Long> batchLines = new ArrayList<>(BATCH_SIZE);
    private final List<String> batchIds = new ArrayList<>(BATCH_SIZE);

    NdjsonImport(ObjectMapper mapper, LineParser<T> parser, RowWriter<T> writer) {
        this.mapper = mapper;
        this.parser = parser;
        this.writer = writer;
    }

    ImportReport run(InputStream body, long maxBytes, ImportProgress progress) throws IOException {
        CountingInputStream counted = new CountingInputStream(body, maxBytes);
        NdjsonLines lines = new NdjsonLines(counted);
        long lineNumber = 0;
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            lineNumber = line.number();
            accept(line);
            if (batch.size() == BATCH_SIZE) {
                flush();
                progress.advanced(lineNumber, counted.count());
            }
        }
        flush();
        progress.advanced(lineNumber, counted.count());
        if (jsonObjects == 0 && undecodable == 0) {
            throw received == 0
                    ? new NotNdjsonException("请求体为空", "empty body")
                    : new NotNdjsonException("内容不是 NDJSON：没有一行是 JSON 对象", "not NDJSON: no line is a JSON object");
        }
        rejections.sort(Comparator.comparingLong(ImportReport.Rejection::line)); // the writer's come after the parser's
        return new ImportReport(received, stored, changed, List.copyOf(rejections), rejectedTotal,
                List.copyOf(warnings));
    }

    private void accept(NdjsonLines.Line line) {
        if (line.text() != null && line.text().isBlank()) {
            return;
        }
        received++;
        if (line.text() == null) {
            undecodable++;
            reject(line.number(), null, null, line.problem());
            return;
        }
        JsonNode node = readObject(line.text());
        if (node == null) {
            reject(line.number(), null, null, "不是有效的 JSON 对象 (not a valid JSON object)");
            return;
        }
        jsonObjects++;
        String id = readableId(node);
        Optional<InvalidField> unstorable = TextCheck.firstProblem(node);
        if (unstorable.isPresent()) {
            reject(line.number(), id, unstorable.get().field(), unstorable.get().reason());
            return;
        }
        try {
            batch.add(parser.parse(new JsonFields(node)));
            batchLines.add(line.number());
            batchIds.add(id);
        } catch (InvalidField e) {
            reject(line.number(), id, e.field(), e.reason());
        } catch (IllegalArgumentException e) { // a domain check; its message may quote the line's values
            reject(line.number(), id, null, "取值无效 (invalid value)");
        }
    }

    /** The line's id, to name it in the report; none when it is not text the ledger could store. */
    private static String readableId(JsonNode node) {
        JsonNode id = node.path("id");
        return id.isTextual() && id.textValue().length() <= 64 && TextCheck.problem(id.textValue()).isEmpty()
                ? id.textValue() : null;
    }

    private JsonNode readObject(String line) {
        try {
            JsonNode node = mapper.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        RowWriter.Result result = writer.write(batch);
        changed += result.changed();
        stored += batch.size() - result.refused().size();
        result.refused().forEach((index, why) ->
                reject(batchLines.get(index), batchIds.get(index), why.field(), why.reason()));
        result.warnings().forEach((index, why) -> {
            if (warnings.size() < MAX_LISTED_REJECTIONS) {
                warnings.add(new ImportReport.Rejection(batchLines.get(index), batchIds.get(index), why.field(),
                        why.reason()));
            }
        });
        batch.clear();
        batchLines.clear();
        batchIds.clear();
    }

    private void reject(long line, String id, String field, String reason) {
        rejectedTotal++;
        if (rejections.size() < MAX_LISTED_REJECTIONS) {
            rejections.add(new ImportReport.Rejection(line, id, field, reason));
        }
    }
}
