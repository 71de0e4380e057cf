package org.jobmatch.vacancy;

import java.util.List;


/**
 * Vacancies an import inserted or changed, as stored, published inside the import's transaction: they
 * are not committed yet and may still roll back.
 */
public record VacancyRowsWritten(List<VacancyLedger.Versioned> rows) {
}
