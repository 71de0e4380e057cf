package org.jobmatch.vacancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Contact;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.ledger.Columns;
import org.jobmatch.ledger.LedgerTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads vacancies from the ledger as domain records. */
@Repository
public class VacancyLedger {

    private final LedgerTable<Versioned> rows;

    VacancyLedger(JdbcTemplate jdbc) {
        this.rows = new LedgerTable<>(jdbc, "vacancies", (rs, n) -> versioned(rs));
    }

    /** A vacancy with the ledger row's version, which orders index writes. */
    public record Versioned(Vacancy vacancy, long version) {
    }

    public Optional<Vacancy> find(String id) {
        return findVersioned(List.of(id)).stream().findFirst().map(Versioned::vacancy);
    }

    public List<Versioned> findVersioned(Collection<String> ids) {
        return rows.byIds(ids);
    }

    /** Maps a whole row of the table, as {@code SELECT *} or {@code RETURNING *} give it. */
    public static Versioned versioned(ResultSet rs) throws SQLException {
        return new Versioned(map(rs), rs.getLong("version"));
    }

    static Vacancy map(ResultSet rs) throws SQLException {
        String contactName = rs.getString("contact_name");
        String contactPhone = rs.getString("contact_phone");
        return new Vacancy(rs.getString("id"), VacancySource.valueOf(rs.getString("source")),
                rs.getString("employer"), rs.getString("title"), rs.getString("description"),
                List.of(Columns.strings(rs, "skills")), rs.getString("township"), Columns.location(rs),
                Columns.integer(rs, "age_min"), Columns.integer(rs, "age_max"), rs.getInt("openings"),
                Columns.integer(rs, "wage_min"), Columns.integer(rs, "wage_max"),
                WorkMode.valueOf(rs.getString("work_mode")), rs.getBoolean("accessible"),
                Columns.enumSet(rs, "eligible_groups", AssistanceGroup.class), Columns.date(rs, "valid_until"),
                contactName == null && contactPhone == null ? null : new Contact(contactName, contactPhone));
    }
}
