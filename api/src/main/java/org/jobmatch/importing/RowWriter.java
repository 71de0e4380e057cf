package org.jobmatch.importing;

import java.util.List;
import java.util.Map;

/** Upserts validated rows into the ledger. */
interface RowWriter<T> {

    /**
     * Writes the rows that the ledger accepts.
     *
     * @return how many rows changed, the rows refused by the ledger and the rows stored with a warning (both by
     *         index in {@code rows})
     */
    Result write(List<T> rows);

    record Result(int changed, Map<Integer, InvalidField> refused, Map<Integer, InvalidField> warnings) {

        Result(int changed, Map<Integer, InvalidField> refused) {
            this(changed, refused, Map.of());
        }
    }
}
