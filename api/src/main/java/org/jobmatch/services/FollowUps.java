package org.jobmatch.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.EmploymentStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The due list: who is to be followed up by the end of a month, and what their "131" of the year still lacks. */
@Service
public class FollowUps {

    private final JdbcTemplate jdbc;
    private final ServiceLedger services;
    private final ServiceProperties properties;
    private final Clock clock;

    FollowUps(JdbcTemplate jdbc, ServiceLedger services, ServiceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.properties = properties;
        this.clock = clock;
    }

    public record Due(String personId, String name, String township, String village, EmploymentStatus status,
                      LocalDate lastContact, LocalDate dueOn, long overdueDays, Coverage coverage) {
    }

    public record DueList(YearMonth month, String township, String village, String scheme, long overdue,
                          List<Due> persons) {
    }

    /** The persons of the township (and village) due by the end of {@code month}, most overdue first. */
    public DueList due(YearMonth month, String township, String village) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = month.atEndOfMonth();
        CoverageScheme scheme = properties.coverageScheme();
        Cadence cadence = Cadence.of(properties);
        LocalDate yearStart = end.withDayOfYear(1);
        Map<String, Map<ServiceKind, Integer>> given = services.counts(yearStart, end, null);
        Map<String, LocalDate> last = services.lastContacts();
        List<Due> due = new ArrayList<>();
        jdbc.query("""
                SELECT id, name, township, village, employment_status, created_at::date AS entered FROM persons
                WHERE (?::text IS NULL OR township = ?) AND (?::text IS NULL OR village = ?)""", rs -> {
            EmploymentStatus status = EmploymentStatus.valueOf(rs.getString("employment_status"));
            String id = rs.getString("id");
            LocalDate dueOn = cadence.dueOn(status, last.get(id), rs.getDate("entered").toLocalDate());
            if (!dueOn.isAfter(end)) {
                Coverage coverage = scheme.evaluate(given.getOrDefault(id, new EnumMap<>(ServiceKind.class)));
                due.add(new Due(id, rs.getString("name"), rs.getString("township"), rs.getString("village"), status,
                        last.get(id), dueOn, Math.max(0, ChronoUnit.DAYS.between(dueOn, today)), coverage));
            }
        }, township, township, village, village);
        due.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::personId));
        long overdue = due.stream().filter(d -> d.dueOn().isBefore(today)).count();
        return new DueList(month, township, village, scheme.name(), overdue, due);
    }
}
