package org.jobmatch.importing;

/**
 * What became of one record: stored as new, changed or unchanged (perhaps with a warning: {@code field} and
 * {@code reason}), or rejected (with its field and reason). {@code record} is the domain record as it was
 * validated (a {@code Person} or {@code Vacancy}), null when rejected.
 */
public record RowOutcome(long number, String id, Status status, String field, String reason, Object record) {

    public enum Status { NEW, CHANGED, UNCHANGED, REJECTED }
}
