package org.jobmatch.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Upserts validated rows into the ledger. */
interface RowWriter<T> {

    /**
     * Writes the rows that the ledger accepts.
     *
     * @return the ids the ledger held before, the ids that changed (inserted or updated), the rows refused by the
     *         ledger and the rows stored with a warning (both by index in {@code rows})
     */
    Result write(List<T> rows);

    record Result(Set<String> existed, Set<String> changed, Map<Integer, InvalidField> refused,
                  Map<Integer, InvalidField> warnings) {
    }
}
