package org.jobmatch.importing;

import java.util.List;

import org.jobmatch.vacancy.VacancyLedger;

/**
 * Vacancies an import inserted or changed, as stored, published inside the import's transaction: they
 * are not committed yet and may still roll back.
 */
public record VacancyRowsWritten(List<VacancyLedger.Versioned> rows) {
}
