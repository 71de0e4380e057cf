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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads persons from the ledger as domain records. */
@Repository
public class PersonLedger {

    private final JdbcTemplate jdbc;

    PersonLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person with the ledger row's version, which orders index writes. */
    public record Versioned(Person person, long version) {
    }

    public Optional<Person> find(String id) {
        return findVersioned(List.of(id)).stream().findFirst().map(Versioned::person);
    }

    public List<Versioned> findVersioned(Collection<String> ids) {
        return jdbc.query("SELECT * FROM persons WHERE id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", ids.toArray())),
                (rs, n) -> new Versioned(map(rs), rs.getLong("version")));
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
