package org.jobmatch.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the audit log, newest first, filtered by actor, person, action and days (China's time). */
@Repository
class AuditQuery {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getObject("at", java.time.OffsetDateTime.class), rs.getString("actor"), rs.getString("role"),
            AuditAction.valueOf(rs.getString("action")), Arrays.asList((String[]) rs.getArray("person_ids").getArray()),
            Arrays.asList((String[]) rs.getArray("fields").getArray()), rs.getString("purpose"), rs.getString("subject"));

    private final JdbcTemplate jdbc;

    AuditQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String actor, String personId, AuditAction action, LocalDate from, LocalDate to) {
    }

    List<AuditEntry> find(Filter filter, int limit, long beforeId) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(beforeId);
        args.add(limit);
        return jdbc.query("SELECT * FROM audit_log WHERE " + where + " AND id < ? ORDER BY id DESC LIMIT ?",
                ENTRY, args.toArray());
    }

    /** Streams every matching entry, newest first, without holding them all. */
    void each(Filter filter, Consumer<AuditEntry> consumer) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT * FROM audit_log WHERE " + where + " ORDER BY id DESC");
            statement.setFetchSize(1000);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, rs -> {
            consumer.accept(ENTRY.mapRow(rs, 0));
        });
    }

    private static String where(Filter f, List<Object> args) {
        List<String> terms = new ArrayList<>(List.of("true"));
        if (f.actor() != null && !f.actor().isBlank()) {
            terms.add("actor = ?");
            args.add(f.actor());
        }
        if (f.personId() != null && !f.personId().isBlank()) {
            terms.add("person_ids @> ARRAY[?]::text[]");
            args.add(f.personId());
        }
        if (f.action() != null) {
            terms.add("action = ?");
            args.add(f.action().name());
        }
        if (f.from() != null) {
            terms.add("at >= ?");
            args.add(Timestamp.from(f.from().atStartOfDay(CHINA).toInstant()));
        }
        if (f.to() != null) {
            terms.add("at < ?");
            args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        return String.join(" AND ", terms);
    }
}
