package org.jobmatch.kiosk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jobmatch.domain.IdNumber;
import org.jobmatch.domain.InvalidIdNumberException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds the person a kiosk user means: by resident ID number, by ledger number, or (the pad has digits only)
 * by the digits of a ledger number such as {@code P-0001 -> 0001} when exactly one person has them.
 */
@Repository
class KioskIdentities {

    private final JdbcTemplate jdbc;

    KioskIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> personId(String identifier, LocalDate today) {
        Optional<String> byIdNumber = idNumber(identifier, today).flatMap(n -> single(
                jdbc.queryForList("SELECT id FROM persons WHERE id_number = ?", String.class, n)));
        if (byIdNumber.isPresent()) {
            return byIdNumber;
        }
        Optional<String> byLedgerNumber = single(
                jdbc.queryForList("SELECT id FROM persons WHERE id = ?", String.class, identifier));
        if (byLedgerNumber.isPresent() || !identifier.chars().allMatch(Character::isDigit)) {
            return byLedgerNumber;
        }
        return single(jdbc.queryForList("SELECT id FROM persons WHERE regexp_replace(id, '[^0-9]', '', 'g') = ? LIMIT 2",
                String.class, identifier));
    }

    private static Optional<String> idNumber(String identifier, LocalDate today) {
        try {
            return Optional.of(IdNumber.parse(identifier, today).value());
        } catch (InvalidIdNumberException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> single(List<String> ids) {
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
