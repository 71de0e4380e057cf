package org.jobmatch.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a sheet row into the contract's JSON object, reading each mapped cell as its field says. Every cell that
 * cannot be read is reported (with its column), not just the first.
 */
final class RowConverter {

    /** The record, and the problems of its cells (none: the record goes on to the contract's validation). */
    record Converted(ObjectNode record, List<RowError> errors) {
    }

    private final SheetKind kind;
    private final List<MappedColumn> columns;
    private final Map<String, String> defaults;

    /** {@code defaults}: contract path to the value a record gets when no column fills it. */
    RowConverter(SheetKind kind, ColumnMapping mapping, Map<String, String> defaults) {
        this.kind = kind;
        this.columns = mapping.columns().stream().filter(MappedColumn::imported).toList();
        this.defaults = defaults;
    }

    Converted convert(SheetRow row) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        defaults.forEach((path, value) -> CellReader.put(record, path, value));
        List<RowError> errors = new ArrayList<>();
        for (MappedColumn column : columns) {
            Cell cell = row.cell(column.column());
            if (cell.isBlank()) {
                continue;
            }
            SheetField field = kind.field(column.field()).orElseThrow();
            try {
                field.reader().read(cell, record);
            } catch (CellProblem e) {
                errors.add(new RowError(row.number(), column.letter(), column.header(), field.paths().get(0), null,
                        e.reason()));
            }
        }
        return new Converted(record, errors);
    }
}
