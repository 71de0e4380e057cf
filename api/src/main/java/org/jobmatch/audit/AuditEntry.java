package org.jobmatch.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One line of the audit log: who (and in which role) did what with whose data, which fields, why, when. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String role, AuditAction action,
                         List<String> personIds, List<String> fields, String purpose, String subject) {

    public String actionLabel() {
        return action.label();
    }
}
