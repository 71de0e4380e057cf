package org.jobmatch.fair;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which invitations were made at which fair. */
@Repository
class InvitationStore {

    private final JdbcTemplate jdbc;

    InvitationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Key(String personId, String vacancyId) {
    }

    Set<Key> invited(long fairId) {
        return new HashSet<>(jdbc.query("SELECT person_id, vacancy_id FROM fair_invitations WHERE fair_id = ?",
                (rs, n) -> new Key(rs.getString(1), rs.getString(2)), fairId));
    }

    /** The persons placed (and not cancelled) at each of these vacancies. */
    Set<Key> hired(Collection<String> vacancyIds) {
        return new HashSet<>(jdbc.query("SELECT person_id, vacancy_id FROM placements WHERE vacancy_id = ANY (?) "
                        + "AND cancelled_at IS NULL", ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar",
                        vacancyIds.toArray())), (rs, n) -> new Key(rs.getString(1), rs.getString(2))));
    }

    Optional<Invitation> find(long fairId, String personId, String vacancyId) {
        return jdbc.query("""
                SELECT i.referral_id, r.outcome, r.referred_at FROM fair_invitations i JOIN referrals r ON r.id = i.referral_id
                WHERE i.fair_id = ? AND i.person_id = ? AND i.vacancy_id = ?""",
                (rs, n) -> new Invitation(fairId, personId, vacancyId, rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)), fairId, personId, vacancyId).stream().findFirst();
    }

    /** False when the person was already invited to that vacancy at the fair. */
    boolean insert(long fairId, String personId, String vacancyId, long referralId) {
        return jdbc.update("""
                INSERT INTO fair_invitations (fair_id, person_id, vacancy_id, referral_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", fairId, personId, vacancyId, referralId) == 1;
    }
}
