package org.jobmatch.indexing;

import org.jobmatch.index.IndexKind;

/** A queued index write: row {@code entityId} of {@code kind} changed, reaching {@code version}. */
record OutboxEntry(long id, IndexKind kind, String entityId, long version) {

    /** Ledger rows are keyed by kind and id; several queued changes of one row collapse into one write. */
    record Key(IndexKind kind, String entityId) {
    }

    Key key() {
        return new Key(kind, entityId);
    }

    static IndexKind kindOf(String entity) {
        return "VACANCY".equals(entity) ? IndexKind.VACANCY : IndexKind.PERSON;
    }
}
