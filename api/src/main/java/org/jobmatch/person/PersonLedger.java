package org.jobmatch.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.ledger.Columns;
import org.jobmatch.ledger.LedgerTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads persons from the ledger as domain records. */
@Repository
public class PersonLedger {

    private final LedgerTable<Versioned> rows;

    PersonLedger(JdbcTemplate jdbc) {
        this.rows = new LedgerTable<>(jdbc, "persons", (rs, n) -> versioned(rs));
    }

    /** A person with the ledger row's version, which orders index writes. */
    public record Versioned(Person person, long version) {
    }

    public Optional<Person> find(String id) {
        return findVersioned(List.of(id)).stream().findFirst().map(Versioned::person);
    }

    public List<Versioned> findVersioned(Collection<String> ids) {
        return rows.byIds(ids);
    }

    /** Maps a whole row of the table, as {@code SELECT *} or {@code RETURNING *} give it. */
    public static Versioned versioned(ResultSet rs) throws SQLException {
        return new Versioned(map(rs), rs.getLong("version"));
    }

    static Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getString("id"), rs.getString("name"), rs.getString("id_number"),
                Gender.valueOf(rs.getString("gender")), Columns.date(rs, "birth_date"), rs.getString("phone"),
                rs.getString("household_id"), rs.getString("township"), rs.getString("village"),
                Columns.location(rs), Columns.enumSet(rs, "groups", AssistanceGroup.class),
                EmploymentStatus.valueOf(rs.getString("employment_status")), rs.getString("skills"),
                new Preferences(rs.getString("pref_jobs"), Columns.enumSet(rs, "pref_work_modes", WorkMode.class),
                        rs.getDouble("pref_max_distance_km"), rs.getBoolean("pref_willing_to_migrate"),
                        Columns.integer(rs, "pref_min_wage")));
    }
}
