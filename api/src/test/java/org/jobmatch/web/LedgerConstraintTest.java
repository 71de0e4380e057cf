package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class LedgerConstraintTest {

    @Test
    void namesTheConstraintButNotTheRowsValues() {
        var e = new DataIntegrityViolationException("could not execute statement", new SQLException("""
                ERROR: duplicate key value violates unique constraint "persons_id_number"
                  Detail: Key (id_number)=(320614197906121245) already exists.""", "23505"));

        assertThat(LedgerConstraint.describe(e)).isEqualTo("persons_id_number (SQL state 23505)");
    }

    @Test
    void aMessageWithoutAConstraintNameGivesTheStateOnly() {
        var e = new DataIntegrityViolationException("x",
                new SQLException("Failing row contains (13812345678)", "23514"));

        assertThat(LedgerConstraint.describe(e)).isEqualTo("(unnamed) (SQL state 23514)");
    }
}
