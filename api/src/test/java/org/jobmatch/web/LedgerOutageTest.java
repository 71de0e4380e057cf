package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class LedgerOutageTest {

    @Test
    void noConnectionWithinThePoolsTimeoutIsAnOutage() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");

        assertThat(LedgerOutage.isCause(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout)))
                .isTrue();
        assertThat(LedgerOutage.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager", timeout)))
                .isTrue();
    }

    @Test
    void aConnectionThatBrokeOrAServerStartingUpIsAnOutage() {
        assertThat(LedgerOutage.isCause(new TransactionSystemException("Could not commit",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(LedgerOutage.isCause(new RuntimeException(
                new SQLException("the database system is starting up", "57P03")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(LedgerOutage.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(LedgerOutage.isCause(new IllegalStateException("bug"))).isFalse();
    }
}
