package org.jobmatch.sheets;

import java.io.IOException;
import java.util.function.Consumer;

/** A sheet read row by row, streaming: blank rows are skipped, hidden sheets never read. */
interface SheetSource {

    /** The sheet's name ("" for CSV). */
    String name();

    /** Hands every non-blank row to {@code rows}, in order. */
    void read(Consumer<SheetRow> rows) throws IOException;
}
