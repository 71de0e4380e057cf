package org.jobmatch.importing;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads NDJSON line by line into a {@link RecordImport}: each line is decoded and parsed on its own. */
final class NdjsonImport {

    private final ObjectMapper mapper;
    private final RecordImport<?> records;
    private long jsonObjects;
    private long undecodable;

    NdjsonImport(ObjectMapper mapper, RecordImport<?> records) {
        this.mapper = mapper;
        this.records = records;
    }

    ImportReport run(InputStream body, long maxBytes, ImportProgress progress) throws IOException {
        CountingInputStream counted = new CountingInputStream(body, maxBytes);
        NdjsonLines lines = new NdjsonLines(counted);
        long lineNumber = 0;
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            lineNumber = line.number();
            if (accept(line)) {
                progress.advanced(lineNumber, counted.count());
            }
        }
        ImportReport report = records.finish();
        progress.advanced(lineNumber, counted.count());
        if (jsonObjects == 0 && undecodable == 0) {
            throw records.received() == 0
                    ? new NotNdjsonException("请求体为空", "empty body")
                    : new NotNdjsonException("内容不是 NDJSON：没有一行是 JSON 对象", "not NDJSON: no line is a JSON object");
        }
        return report;
    }

    /** Returns whether a batch was written. */
    private boolean accept(NdjsonLines.Line line) {
        if (line.text() != null && line.text().isBlank()) {
            return false;
        }
        if (line.text() == null) {
            undecodable++;
            records.reject(line.number(), null, null, line.problem());
            return false;
        }
        JsonNode node = readObject(line.text());
        if (node == null) {
            records.reject(line.number(), null, null, "不是有效的 JSON 对象 (not a valid JSON object)");
            return false;
        }
        jsonObjects++;
        return records.accept(line.number(), node);
    }

    private JsonNode readObject(String line) {
        try {
            JsonNode node = mapper.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
