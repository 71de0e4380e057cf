package org.jobmatch.importing;

import java.util.List;
import java.util.Map;

/** Upserts validated rows into the ledger. */
interface RowWriter<T> {

    /**
     * Writes the rows that the ledger accepts.
     *
     * @return how many rows changed, and the rows refused by the ledger (by index in {@code rows})
     */
    Result write(List<T> rows);

    record Result(int changed, Map<Integer, InvalidField> refused) {
    }
}
