package org.jobmatch.person;

import java.util.List;


/**
 * Persons an import inserted or changed, as stored, published inside the import's transaction: they
 * are not committed yet and may still roll back.
 */
public record PersonRowsWritten(List<PersonLedger.Versioned> rows) {
}
