package org.jobmatch.sheets;

import java.util.List;

/**
 * A column a sheet of some kind may have: its key (as mappings name it), its label (the template's header), the
 * contract paths it fills, how its cells are read, and the headers ledgers give it (the label first).
 */
record SheetField(String key, String label, List<String> paths, CellReader reader, List<String> headers) {

    /** A field filling one contract path, named by it. */
    static SheetField of(String path, CellReader reader, String... headers) {
        return new SheetField(path, headers[0], List.of(path), reader, List.of(headers));
    }

    /** A field filling two paths (a range), named {@code key}. */
    static SheetField range(String key, String min, String max, CellReader reader, String... headers) {
        return new SheetField(key, headers[0], List.of(min, max), reader, List.of(headers));
    }
}
