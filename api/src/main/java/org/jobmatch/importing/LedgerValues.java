package org.jobmatch.importing;

import java.util.Collection;

/** Conversions of domain values to ledger column values. */
final class LedgerValues {

    private LedgerValues() {
    }

    static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

}
