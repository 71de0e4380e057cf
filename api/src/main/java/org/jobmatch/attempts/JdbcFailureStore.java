package org.jobmatch.attempts;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jobmatch.attempts.AttemptPolicy.Failures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/** Failures in the ledger's {@code attempt_failures}; each update locks its row, in a transaction of its own. */
final class JdbcFailureStore implements FailureStore {

    private static final RowMapper<Failures> FAILURES = (rs, n) -> new Failures(rs.getInt("failures"),
            rs.getTimestamp("last_failure").toInstant(), rs.getTimestamp("locked_until").toInstant());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    JdbcFailureStore(JdbcTemplate jdbc, TransactionTemplate ownTransaction) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
    }

    @Override
    public Map<String, Failures> read(List<String> keys) {
        Map<String, Failures> found = new HashMap<>();
        jdbc.query("SELECT * FROM attempt_failures WHERE key = ANY (?)", rs -> {
            found.put(rs.getString("key"), FAILURES.mapRow(rs, 0));
        }, (Object) keys.toArray(String[]::new));
        return found;
    }

    @Override
    public Failures update(String key, UnaryOperator<Failures> change) {
        return ownTransaction.execute(status -> {
            // the insert makes the row exist, so that concurrent failures on a new key queue on its lock
            jdbc.update("INSERT INTO attempt_failures (key, failures, last_failure, locked_until) "
                    + "VALUES (?, 0, now(), now()) ON CONFLICT (key) DO NOTHING", key);
            List<Failures> old = jdbc.query("SELECT * FROM attempt_failures WHERE key = ? FOR UPDATE", FAILURES, key);
            Failures current = old.isEmpty() || old.get(0).count() == 0 ? null : old.get(0);
            Failures next = change.apply(current);
            jdbc.update("UPDATE attempt_failures SET failures = ?, last_failure = ?, locked_until = ? WHERE key = ?",
                    next.count(), Timestamp.from(next.lastFailure()), Timestamp.from(next.lockedUntil()), key);
            return next;
        });
    }

    @Override
    public void remove(String key) {
        jdbc.update("DELETE FROM attempt_failures WHERE key = ?", key);
    }

    /** Keys quiet for a day hold nothing any policy still counts. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetQuietKeys() {
        jdbc.update("DELETE FROM attempt_failures WHERE locked_until < now() AND last_failure < now() - interval '1 day'");
    }
}
