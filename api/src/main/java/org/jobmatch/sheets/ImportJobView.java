package org.jobmatch.sheets;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An upload as the page polls it: its state (ANALYSING, READY, IMPORTING, DONE, FAILED), rows read so far of the
 * total the preview counted, the column choices made, the preview, the result, a problem (the file could not be
 * read, or the import failed and stored nothing) and the fields a column can be mapped to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobView(String id, String kind, String fileName, String state, long rowsRead, long totalRows,
                            Map<String, String> chosen, SheetReport preview, SheetReport result, Problem problem,
                            List<SpreadsheetImports.FieldChoice> fields) {

    public record Problem(String reasonZh, String reasonEn) {
    }
}
