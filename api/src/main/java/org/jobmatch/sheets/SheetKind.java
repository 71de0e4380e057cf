package org.jobmatch.sheets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jobmatch.importing.RecordKind;

/**
 * One kind of ledger sheet (persons, vacancies, service records): its columns, how rows without a
 * ledger number are keyed, and its template's example row. A new kind is a new implementation of this.
 */
interface SheetKind {

    /** As URLs and the command line name it: "persons", from {@link #records()}. */
    default String name() {
        return records().name().toLowerCase(Locale.ROOT);
    }

    /** In Chinese: "人员". */
    String label();

    RecordKind records();

    List<SheetField> fields();

    /** The template's example row: field key to the text shown. */
    Map<String, String> example();

    /** A validated record (as the ledger import hands it back) as the preview shows it, by field key. */
    Map<String, String> display(Object record);

    /** Keys rows that have no ledger number, for one import; a fresh one per import. */
    RowKeys keys();

    /** The keys for a sheet mapped so: {@link #keys()} when it has no ledger-number column, else none (null). */
    default RowKeys keys(ColumnMapping mapping) {
        return mapping.ofField("id").isEmpty() ? keys() : null;
    }

    default Optional<SheetField> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
