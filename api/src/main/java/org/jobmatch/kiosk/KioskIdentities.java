package org.jobmatch.kiosk;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Finds the person a kiosk user means, by their resident ID number only (never by anything a masked record shows). */
@Repository
class KioskIdentities {

    private final JdbcTemplate jdbc;

    KioskIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> personId(String idNumber) {
        List<String> ids = jdbc.queryForList("SELECT id FROM persons WHERE id_number = ?", String.class, idNumber);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
