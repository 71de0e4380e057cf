package org.jobmatch.sheets;

import java.util.List;
import java.util.Optional;

/** Where a sheet's header is (its first and last row) and what each of its columns maps to. */
record ColumnMapping(long headerRow, long lastHeaderRow, List<MappedColumn> columns) {

    Optional<MappedColumn> ofField(String key) {
        return columns.stream().filter(c -> key.equals(c.field())).findFirst();
    }

    /** The column that fills a contract path ("wageMin" is filled by a 薪资 range column, if there is one). */
    Optional<MappedColumn> ofPath(SheetKind kind, String path) {
        if (path == null) {
            return Optional.empty();
        }
        return columns.stream().filter(MappedColumn::imported)
                .filter(c -> kind.field(c.field()).map(f -> f.paths().contains(path)).orElse(false))
                .findFirst();
    }

    /** The header names of the columns, in order, as the sheet had them. */
    List<String> headers() {
        return columns.stream().map(MappedColumn::header).toList();
    }
}
