package org.jobmatch.placement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger rows a placement changes, locked in one fixed order (vacancy, then the person's household
 * by id) so that concurrent placements queue up instead of overfilling or deadlocking.
 */
@Repository
class LockedRows {

    private static final String ZERO = "'ZERO_EMPLOYMENT_FAMILY'";

    private final JdbcTemplate jdbc;

    LockedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Vacancy(String id, String source, int openings) {
    }

    record Person(String id, String householdId, String employmentStatus, String placementType) {
    }

    Optional<Vacancy> lockVacancy(String id) {
        return jdbc.query("SELECT id, source, openings FROM vacancies WHERE id = ? FOR UPDATE",
                (rs, n) -> new Vacancy(rs.getString(1), rs.getString(2), rs.getInt(3)), id).stream().findFirst();
    }

    /** The person and every member of their household, locked; empty when the person is unknown. */
    List<Person> lockHousehold(String personId) {
        return jdbc.query("""
                SELECT id, household_id, employment_status, placement_type FROM persons
                WHERE id = ? OR household_id = (SELECT household_id FROM persons WHERE id = ?)
                ORDER BY id FOR UPDATE""",
                (rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                personId, personId);
    }

    int changeOpenings(String vacancyId, int delta) {
        Integer left = jdbc.queryForObject(
                "UPDATE vacancies SET openings = openings + ? WHERE id = ? AND openings + ? >= 0 RETURNING openings",
                Integer.class, delta, vacancyId, delta);
        return left == null ? 0 : left;
    }

    void setStatus(String personId, String status, String placementType) {
        jdbc.update("UPDATE persons SET employment_status = ?, placement_type = ? WHERE id = ?",
                status, placementType, personId);
    }

    /** Clears the zero-employment flag of these persons; returns those that had it. */
    String[] clearZeroEmployment(Collection<String> personIds) {
        return jdbc.queryForList("UPDATE persons SET groups = array_remove(groups, " + ZERO + ") "
                        + "WHERE id = ANY (?) AND " + ZERO + " = ANY (groups) RETURNING id", String.class,
                (Object) personIds.toArray(String[]::new)).toArray(String[]::new);
    }

    void restoreZeroEmployment(String[] personIds) {
        jdbc.update("UPDATE persons SET groups = array_append(groups, " + ZERO + ") "
                + "WHERE id = ANY (?) AND NOT " + ZERO + " = ANY (groups)", (Object) personIds);
    }

    boolean hasEmployedMember(Collection<Person> household) {
        Integer employed = jdbc.queryForObject("SELECT count(*) FROM persons WHERE id = ANY (?) "
                + "AND employment_status = 'EMPLOYED'", Integer.class,
                (Object) household.stream().map(Person::id).toArray(String[]::new));
        return employed != null && employed > 0;
    }

    /** Marks the latest open referral of this person to this vacancy with {@code outcome}; returns its id. */
    Optional<Long> settleReferral(String personId, String vacancyId, String outcome) {
        return jdbc.queryForList("""
                UPDATE referrals SET outcome = ?, outcome_at = now() WHERE id = (
                    SELECT id FROM referrals WHERE person_id = ? AND vacancy_id = ? AND outcome IN ('PENDING', 'INVITED')
                    ORDER BY referred_at DESC, id DESC LIMIT 1)
                RETURNING id""", Long.class, outcome, personId, vacancyId).stream().findFirst();
    }

    void reopenReferral(long referralId) {
        jdbc.update("UPDATE referrals SET outcome = 'PENDING', outcome_at = now() WHERE id = ?", referralId);
    }
}
