package org.jobmatch.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
    private long rejectedTotal;
    private final List<ImportReport.Rejection> rejections = new ArrayList<>();
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
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(counted, decoder), 1 << 16)) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                accept(lineNumber, line);
                if (batch.size() == BATCH_SIZE) {
                    flush();
                    progress.advanced(lineNumber, counted.count());
                }
            }
            flush();
            progress.advanced(lineNumber, counted.count());
        } catch (CharacterCodingException e) {
            throw new NotNdjsonException("内容不是 UTF-8 编码的文本", "body is not UTF-8 text");
        }
        if (jsonObjects == 0) {
            throw received == 0
                    ? new NotNdjsonException("请求体为空", "empty body")
                    : new NotNdjsonException("内容不是 NDJSON：没有一行是 JSON 对象", "not NDJSON: no line is a JSON object");
        }
        return new ImportReport(received, stored, changed, List.copyOf(rejections), rejectedTotal);
    }

    private void accept(long lineNumber, String line) {
        if (line.isBlank()) {
            return;
        }
        received++;
        JsonNode node = readObject(line);
        if (node == null) {
            reject(lineNumber, null, null, "不是有效的 JSON 对象 (not a valid JSON object)");
            return;
        }
        jsonObjects++;
        String id = node.path("id").isTextual() ? node.path("id").asText() : null;
        try {
            batch.add(parser.parse(new JsonFields(node)));
            batchLines.add(lineNumber);
            batchIds.add(id);
        } catch (InvalidField e) {
            reject(lineNumber, id, e.field(), e.reason());
        } catch (IllegalArgumentException e) {
            reject(lineNumber, id, null, e.getMessage());
        }
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
