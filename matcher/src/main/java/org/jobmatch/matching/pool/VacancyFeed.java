package org.jobmatch.matching.pool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.Vacancy;

/** Where the pool reads the ledger's vacancies (the ledger of record lives outside this module). */
public interface VacancyFeed {

    /** Id to row version of every vacancy that may be open on {@code day}: openings left, validity not past. */
    Map<String, Long> openVersions(LocalDate day);

    /** The vacancies of these ids, with their row versions; unknown ids are left out. */
    List<Versioned> load(Collection<String> ids);

    record Versioned(Vacancy vacancy, long version) {
    }
}
