package org.jobmatch.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.ledger.Columns;
import org.jobmatch.matching.Recommendations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Streams a run's results from the ledger (a cursor, so memory stays flat however large the county). */
@Component
class BatchResults {

    private static final int FETCH = 1000;

    /** One finished person with what a printed list shows of them. */
    record Row(String name, String township, String village, List<AssistanceGroup> groups, Recommendations result) {
    }

    interface RowSink {
        void accept(Row row) throws IOException;
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;

    BatchResults(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper json) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    /** The contract's NDJSON: one line per finished person, by person id. */
    void writeNdjson(long id, OutputStream out) {
        readOnly.executeWithoutResult(status -> jdbc.query(
                "SELECT result FROM batch_persons WHERE batch_id = ? AND state <> 'PENDING' ORDER BY person_id",
                rs -> {
                    try {
                        out.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, id));
    }

    /** Finished persons by township, village and id, with their ledger details. */
    void forEachRow(long id, RowSink sink) {
        readOnly.executeWithoutResult(status -> jdbc.query("""
                SELECT p.name, p.township, p.village, p.groups, bp.result
                FROM batch_persons bp JOIN persons p ON p.id = bp.person_id
                WHERE bp.batch_id = ? AND bp.state <> 'PENDING' ORDER BY p.township, p.village, p.id""",
                rs -> {
                    try {
                        sink.accept(new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                                Columns.enumSet(rs, "groups", AssistanceGroup.class).stream().sorted().toList(),
                                read(rs.getString(5))));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, id));
    }

    private Recommendations read(String line) {
        try {
            return json.readValue(line, Recommendations.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable batch result: " + e.getMessage(), e);
        }
    }
}
