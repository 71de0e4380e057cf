package org.jobmatch.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.batch.allocation.Spread;
import org.jobmatch.ledger.Columns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Batch runs and their per-person progress in the ledger. */
@Repository
class BatchStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    BatchStore(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates a RUNNING batch over every person the filter selects.
     *
     * @throws org.springframework.dao.DuplicateKeyException when one of them is pending in another run
     */
    @Transactional
    long create(BatchFilter filter, String operator, int referralsPerOpening, int chunk) {
        Long id = jdbc.queryForObject("""
                INSERT INTO batches (status, township, groups, run_on, operator, referrals_per_opening)
                VALUES ('RUNNING', ?, ?, ?, ?, ?) RETURNING id""", Long.class, filter.township(),
                groups(filter), LocalDate.now(clock), operator, referralsPerOpening);
        // chunks of neighbours (township, village), each ranked and written under one lease
        jdbc.update("""
                INSERT INTO batch_persons (batch_id, person_id, chunk)
                SELECT ?, id, (row_number() OVER (ORDER BY township, village, id) - 1) / ? FROM persons
                WHERE employment_status IN ('UNEMPLOYED', 'FLEXIBLE') AND (?::text IS NULL OR township = ?)
                  AND (cardinality(?::text[]) = 0 OR groups && ?::text[])""",
                id, chunk, filter.township(), filter.township(), groups(filter), groups(filter));
        jdbc.update("""
                INSERT INTO batch_chunks (batch_id, chunk, persons)
                SELECT batch_id, chunk, count(*) FROM batch_persons WHERE batch_id = ? GROUP BY batch_id, chunk""", id);
        // the run's queries find its rows by batch and state; statistics of ten per column (V11) keep this quick
        jdbc.execute("ANALYZE batch_persons");
        return id;
    }

    List<String> personIds(long batchId) {
        return jdbc.queryForList("SELECT person_id FROM batch_persons WHERE batch_id = ? ORDER BY person_id",
                String.class, batchId);
    }

    Optional<BatchView> find(long id) {
        return jdbc.query("SELECT * FROM batches WHERE id = ?", (rs, n) -> view(rs), id).stream().findFirst();
    }

    /** The run's status alone (no counting). */
    Optional<BatchStatus> status(long id) {
        return jdbc.queryForList("SELECT status FROM batches WHERE id = ?", String.class, id).stream()
                .findFirst().map(BatchStatus::valueOf);
    }

    List<Long> running() {
        return jdbc.queryForList("SELECT id FROM batches WHERE status = 'RUNNING' ORDER BY id", Long.class);
    }

    /** This run's referrals so far, per vacancy (a resumed run counts what it already gave). */
    Map<String, Long> referralsByVacancy(long id) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT vacancy_id, count(*) FROM referrals WHERE batch_id = ? GROUP BY vacancy_id",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, id);
        return counts;
    }

    /**
     * Per pending person of the run, the vacancies they were referred to after {@code day}: looked up person by person
     * ({@code OFFSET 0} keeps the lateral subquery from being flattened into a scan of every recent referral).
     */
    Map<String, Set<String>> referredAfter(long id, LocalDate day) {
        Map<String, Set<String>> referred = new HashMap<>();
        jdbc.query("""
                SELECT bp.person_id, r.vacancy_id FROM batch_persons bp
                CROSS JOIN LATERAL (SELECT vacancy_id FROM referrals r WHERE r.person_id = bp.person_id
                                    AND r.referred_on > ? AND r.repeat_of IS NULL OFFSET 0) r
                WHERE bp.batch_id = ? AND bp.state = 'PENDING'""",
                rs -> {
                    referred.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }, day, id);
        return referred;
    }

    /** Openings of the vacancies open on {@code day}. */
    Map<String, Integer> openVacancies(LocalDate day) {
        Map<String, Integer> openings = new HashMap<>();
        eachOpenVacancy(day, (id, open, employer) -> openings.put(id, open));
        return openings;
    }

    interface OpenVacancy {
        void accept(String id, int openings, String employer);
    }

    /** Each vacancy open on {@code day}, with its openings and employer. */
    void eachOpenVacancy(LocalDate day, OpenVacancy vacancy) {
        jdbc.query("SELECT id, openings, employer FROM vacancies WHERE openings > 0 AND (valid_until IS NULL OR valid_until >= ?)",
                rs -> {
                    vacancy.accept(rs.getString(1), rs.getInt(2), rs.getString(3));
                }, day);
    }

    void finish(long id, FairnessReport report) {
        jdbc.update("UPDATE batches SET status = 'DONE', report = ?::jsonb, finished_at = now() WHERE id = ? AND status = 'RUNNING'",
                write(report), id);
    }

    @Transactional
    void fail(long id, BatchFailure failure) {
        jdbc.update("UPDATE batch_persons SET state = 'FAILED', finished_at = now() WHERE batch_id = ? AND state = 'PENDING'", id);
        jdbc.update("UPDATE batches SET status = 'FAILED', failure = ?::jsonb, finished_at = now() WHERE id = ? AND status = 'RUNNING'",
                write(failure), id);
    }

    /** The allocation's figures of run {@code id}, once allocated. */
    Optional<Spread> spread(long id) {
        return jdbc.queryForList("SELECT spread::text FROM batches WHERE id = ? AND spread IS NOT NULL", String.class, id)
                .stream().findFirst().map(text -> read(text, Spread.class));
    }

    /** Score given up, summed over the run, and how many persons needed the cap relaxed. */
    double[] givenUpAndRelaxed(long id) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(score_given_up), 0), count(*) FILTER (WHERE cap_relaxed)
                FROM batch_persons WHERE batch_id = ?""", (rs, n) -> new double[]{rs.getDouble(1), rs.getLong(2)}, id);
    }

    private BatchView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT state, count(*) FROM batch_persons WHERE batch_id = ? GROUP BY state",
                r -> {
                    counts.put(r.getString(1), r.getLong(2));
                }, id);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        String report = rs.getString("report");
        String failure = rs.getString("failure");
        return new BatchView(Long.toString(id), BatchStatus.valueOf(rs.getString("status")), total,
                counts.getOrDefault("DONE", 0L), counts.getOrDefault("FAILED", 0L), rs.getString("township"),
                Columns.enumSet(rs, "groups", AssistanceGroup.class), Columns.date(rs, "run_on"), rs.getString("operator"),
                rs.getInt("referrals_per_opening"), null, null, report == null ? null : read(report, FairnessReport.class),
                failure == null ? null : read(failure, BatchFailure.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }

    private static String[] groups(BatchFilter filter) {
        return filter.groups().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
