package org.jobmatch.vacancy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.matching.pool.VacancyFeed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ledger's vacancies for the matcher's in-memory pool. */
@Component
class LedgerVacancyFeed implements VacancyFeed {

    private final JdbcTemplate jdbc;
    private final VacancyLedger ledger;

    LedgerVacancyFeed(JdbcTemplate jdbc, VacancyLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Override
    public Map<String, Long> openVersions(LocalDate day) {
        Map<String, Long> versions = new HashMap<>();
        jdbc.query("SELECT id, version FROM vacancies WHERE openings > 0 AND (valid_until IS NULL OR valid_until >= ?)",
                rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                }, Date.valueOf(day));
        return versions;
    }

    @Override
    public List<Versioned> load(Collection<String> ids) {
        return ledger.findVersioned(ids).stream().map(v -> new Versioned(v.vacancy(), v.version())).toList();
    }
}
