package org.jobmatch.services;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The services table, and the services of a person as a whole: those recorded here, the referrals (counted once per
 * vacancy) and the placements.
 */
@Repository
public class ServiceLedger {

    private static final String HISTORY = """
            SELECT 'SERVICE' AS source, s.id, s.kind, s.served_on AS day, s.channel, s.operator, s.note, s.course,
                   s.amount, s.job_channel, NULL AS vacancy_id, NULL AS title, NULL AS employer, NULL AS outcome,
                   NULL AS outcome_reason
            FROM services s WHERE s.person_id = ? AND s.cancelled_at IS NULL
            UNION ALL
            SELECT 'REFERRAL', r.id, 'JOB_REFERRAL', r.referred_on, r.channel, r.operator, NULL, NULL, NULL, NULL,
                   r.vacancy_id, v.title, v.employer, r.outcome, r.outcome_reason
            FROM referrals r JOIN vacancies v ON v.id = r.vacancy_id WHERE r.person_id = ? AND r.repeat_of IS NULL
            UNION ALL
            SELECT 'PLACEMENT', p.id, 'PLACEMENT', p.placed_on, p.channel, p.operator, NULL, NULL, NULL,
                   p.placement_type, p.vacancy_id, v.title, v.employer, NULL, NULL
            FROM placements p JOIN vacancies v ON v.id = p.vacancy_id WHERE p.person_id = ? AND p.cancelled_at IS NULL
            ORDER BY day DESC, id DESC""";

    /** Per person, the services of each kind given in a period (referrals: distinct vacancies). */
    static final String COUNTS = """
            SELECT s.person_id, s.kind, count(*) AS n FROM services s
            WHERE s.cancelled_at IS NULL AND s.served_on BETWEEN ? AND ? GROUP BY s.person_id, s.kind
            UNION ALL
            SELECT r.person_id, 'JOB_REFERRAL', count(DISTINCT r.vacancy_id) FROM referrals r
            WHERE r.repeat_of IS NULL AND r.referred_on BETWEEN ? AND ? GROUP BY r.person_id
            UNION ALL
            SELECT p.person_id, 'PLACEMENT', count(*) FROM placements p
            WHERE p.cancelled_at IS NULL AND p.placed_on BETWEEN ? AND ? GROUP BY p.person_id""";

    /** Per person, the day of the last service of any kind. */
    static final String LAST_CONTACT = """
            SELECT person_id, max(day) AS last FROM (
                SELECT person_id, served_on AS day FROM services WHERE cancelled_at IS NULL
                UNION ALL SELECT person_id, referred_on FROM referrals WHERE repeat_of IS NULL
                UNION ALL SELECT person_id, placed_on FROM placements WHERE cancelled_at IS NULL) c
            GROUP BY person_id""";

    private final JdbcTemplate jdbc;

    ServiceLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record NewService(String personId, ServiceKind kind, LocalDate date, ServiceChannel channel, String operator,
                      String note, String course, BigDecimal amount, JobChannel jobChannel, String recordedBy) {
    }

    long record(NewService s) {
        return jdbc.queryForObject("""
                INSERT INTO services (person_id, kind, served_on, channel, operator, note, course, amount, job_channel,
                                      recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, s.personId(), s.kind().name(),
                Date.valueOf(s.date()), s.channel().name(), s.operator(), s.note(), s.course(), s.amount(),
                s.jobChannel() == null ? null : s.jobChannel().name(), s.recordedBy());
    }

    /** The person a service belongs to, when it exists and is not cancelled. */
    Optional<String> personOf(long serviceId) {
        return jdbc.queryForList("SELECT person_id FROM services WHERE id = ? AND cancelled_at IS NULL", String.class,
                serviceId).stream().findFirst();
    }

    boolean cancel(long serviceId, String by) {
        return jdbc.update("UPDATE services SET cancelled_at = now(), cancelled_by = ? WHERE id = ? "
                + "AND cancelled_at IS NULL", by, serviceId) == 1;
    }

    List<ServiceEntry> history(String personId) {
        return jdbc.query(HISTORY, (rs, n) -> entry(rs), personId, personId, personId);
    }

    /** The person's services of each kind in the period. */
    public Map<ServiceKind, Integer> counts(String personId, LocalDate from, LocalDate to) {
        return counts(from, to, personId).getOrDefault(personId, new EnumMap<>(ServiceKind.class));
    }

    /** Everyone's services of each kind in the period (only {@code personId}'s when given). */
    public Map<String, Map<ServiceKind, Integer>> counts(LocalDate from, LocalDate to, String personId) {
        String sql = personId == null ? COUNTS : "SELECT * FROM (" + COUNTS + ") c WHERE person_id = ?";
        Object[] args = personId == null ? periods(from, to) : append(periods(from, to), personId);
        Map<String, Map<ServiceKind, Integer>> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(ServiceKind.class))
                    .merge(ServiceKind.valueOf(rs.getString(2)), rs.getInt(3), Integer::sum);
        }, args);
        return counts;
    }

    /** Everyone's last contact. */
    public Map<String, LocalDate> lastContacts() {
        Map<String, LocalDate> last = new HashMap<>();
        jdbc.query(LAST_CONTACT, rs -> {
            last.put(rs.getString(1), rs.getDate(2).toLocalDate());
        });
        return last;
    }

    private static Object[] periods(LocalDate from, LocalDate to) {
        Date f = Date.valueOf(from);
        Date t = Date.valueOf(to);
        return new Object[] {f, t, f, t, f, t};
    }

    private static Object[] append(Object[] args, Object last) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    private static ServiceEntry entry(ResultSet rs) throws SQLException {
        ServiceKind kind = ServiceKind.valueOf(rs.getString("kind"));
        String source = rs.getString("source");
        return new ServiceEntry(source, rs.getLong("id"), kind, kind.label(), rs.getDate("day").toLocalDate(),
                rs.getString("channel"), rs.getString("operator"), rs.getString("note"), rs.getString("course"),
                rs.getBigDecimal("amount"), rs.getString("job_channel"), rs.getString("vacancy_id"),
                rs.getString("title"), rs.getString("employer"), rs.getString("outcome"),
                rs.getString("outcome_reason"), source.equals("SERVICE"));
    }
}
