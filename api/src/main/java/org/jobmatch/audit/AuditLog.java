package org.jobmatch.audit;

import java.sql.Array;
import java.util.Collection;
import java.util.List;

import org.jobmatch.security.CurrentViewer;
import org.jobmatch.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The append-only audit of personal data. Each call writes before the data leaves the service: when the write
 * fails, the caller fails too, so nothing is shown unrecorded.
 */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final CurrentViewer viewer;

    AuditLog(JdbcTemplate jdbc, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.viewer = viewer;
    }

    public void opened(String personId) {
        write(AuditAction.OPEN, List.of(personId), List.of(), null, null);
    }

    public void revealed(String personId, Collection<String> fields, String purpose) {
        write(AuditAction.REVEAL, List.of(personId), fields, purpose, null);
    }

    /** An export with names: {@code subject} says which (e.g. "批次 12 结果"). */
    public void exported(String subject, Collection<String> personIds) {
        write(AuditAction.EXPORT, personIds, List.of("name"), null, subject);
    }

    public void kioskIdentified(String personId) {
        write(AuditAction.KIOSK_IDENTIFY, List.of(personId), List.of(), null, null);
    }

    private void write(AuditAction action, Collection<String> personIds, Collection<String> fields, String purpose,
                       String subject) {
        Viewer who = viewer.get();
        jdbc.update(con -> {
            var statement = con.prepareStatement("INSERT INTO audit_log (actor, role, action, person_ids, fields, "
                    + "purpose, subject) VALUES (?, ?, ?, ?, ?, ?, ?)");
            Array persons = con.createArrayOf("text", personIds.toArray());
            Array names = con.createArrayOf("text", fields.toArray());
            statement.setString(1, who.username());
            statement.setString(2, who.role().name());
            statement.setString(3, action.name());
            statement.setArray(4, persons);
            statement.setArray(5, names);
            statement.setString(6, purpose);
            statement.setString(7, subject);
            return statement;
        });
    }
}
