package org.jobmatch.services;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.Ages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The zero-employment cases of a township as staff work them: members, services, refusals, welfare posts at hand. */
@Service
public class CaseList {

    private final ZeroEmploymentCases cases;
    private final JdbcTemplate jdbc;
    private final ServiceProperties properties;
    private final Clock clock;

    CaseList(ZeroEmploymentCases cases, JdbcTemplate jdbc, ServiceProperties properties, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public enum State { OPEN, CLOSED, ALL }

    public record Member(String personId, String name, int age, String status) {
    }

    public record Declined(String vacancyTitle, String employer, String reason) {
    }

    public record Post(String vacancyId, String title, String employer, int openings) {
    }

    public record Case(long id, String householdId, String township, String village, LocalDate openedOn,
                       LocalDate closedOn, String closedHow, String closedNote, long ageDays, boolean pastTarget,
                       List<Member> members, int services, List<Declined> declined, List<Post> welfarePosts) {
    }

    public record Cases(String township, String village, State state, int targetDays, long open, long pastTarget,
                        List<Case> cases) {
    }

    public Cases list(String township, String village, State state) {
        cases.refresh();
        LocalDate today = LocalDate.now(clock);
        int target = properties.zeroEmploymentTargetDays();
        List<Case> found = new ArrayList<>();
        Map<String, List<Post>> posts = new HashMap<>();
        jdbc.query("""
                SELECT * FROM zero_employment_cases WHERE (?::text IS NULL OR township = ?)
                  AND (?::text IS NULL OR village = ?)
                  AND (? = 'ALL' OR (? = 'OPEN') = (closed_on IS NULL))
                ORDER BY opened_on, id""", rs -> {
            LocalDate opened = rs.getDate("opened_on").toLocalDate();
            LocalDate closed = rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate();
            long age = ZeroEmploymentCases.ageDays(opened, closed, today);
            String household = rs.getString("household_id");
            found.add(new Case(rs.getLong("id"), household, rs.getString("township"), rs.getString("village"),
                    opened, closed, rs.getString("closed_how"), rs.getString("closed_note"), age,
                    closed == null && age > target, members(household, today), services(household, opened),
                    declined(household, opened), posts.computeIfAbsent(rs.getString("township"), this::welfarePosts)));
        }, township, township, village, village, state.name(), state.name());
        long open = found.stream().filter(c -> c.closedOn() == null).count();
        return new Cases(township, village, state, target, open, found.stream().filter(Case::pastTarget).count(),
                found);
    }

    private List<Member> members(String household, LocalDate today) {
        return jdbc.query("SELECT id, name, birth_date, employment_status FROM persons WHERE household_id = ? ORDER BY id",
                (rs, n) -> new Member(rs.getString(1), rs.getString(2),
                        Ages.ageOn(rs.getDate(3).toLocalDate(), today), rs.getString(4)), household);
    }

    private int services(String household, LocalDate since) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM services s JOIN persons p ON p.id = s.person_id
                WHERE p.household_id = ? AND s.cancelled_at IS NULL AND s.served_on >= ?""", Integer.class,
                household, Date.valueOf(since));
    }

    private List<Declined> declined(String household, LocalDate since) {
        return jdbc.query("""
                SELECT v.title, v.employer, r.outcome_reason FROM referrals r JOIN persons p ON p.id = r.person_id
                JOIN vacancies v ON v.id = r.vacancy_id
                WHERE p.household_id = ? AND r.outcome = 'DECLINED' AND r.referred_on >= ? ORDER BY r.referred_on""",
                (rs, n) -> new Declined(rs.getString(1), rs.getString(2), rs.getString(3)), household,
                Date.valueOf(since));
    }

    /** Open welfare posts of the township: clearing a family through one is one placement. */
    private List<Post> welfarePosts(String township) {
        return jdbc.query("""
                SELECT id, title, employer, openings FROM vacancies WHERE township = ? AND source = 'WELFARE_POST'
                  AND openings > 0 AND (valid_until IS NULL OR valid_until >= ?) ORDER BY id LIMIT 20""",
                (rs, n) -> new Post(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), township,
                Date.valueOf(LocalDate.now(clock)));
    }
}
