package org.jobmatch.web;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Which ledger constraint refused a change, for the log: the database's message goes on to quote the row's values
 * (ID numbers, phones), so only the constraint's name and the SQL state are kept.
 */
final class LedgerConstraint {

    private static final Pattern NAME = Pattern.compile("constraint \"([A-Za-z0-9_]+)\"");

    private LedgerConstraint() {
    }

    static String describe(DataIntegrityViolationException e) {
        Throwable cause = e.getMostSpecificCause();
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        Matcher name = NAME.matcher(message);
        return (name.find() ? name.group(1) : "(unnamed)") + " (SQL state " + state + ")";
    }
}
