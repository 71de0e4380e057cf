package org.jobmatch.sheets;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an import of a sheet did, or (a dry run: the preview) would do: the sheet and its header mapping, counts of
 * rows new, changed, unchanged and rejected, every error (the first {@value Tally#MAX_LISTED} of them listed) and
 * warning with row and column, and the first rows as they will be stored.
 */
public record SheetReport(String kind, boolean dryRun, String sheet, long headerRow, List<ColumnView> columns,
                          long rows, long created, long changed, long unchanged, long rejected, long errorsTotal,
                          List<RowError> errors, List<RowError> warnings, List<PreviewRow> preview) {

    /** A column of the sheet as the preview shows its mapping. */
    public record ColumnView(String letter, String header, String field, String fieldLabel, String origin) {
    }

    /** New, changed and unchanged rows: all the rows the ledger holds as the sheet has them (sent to the page). */
    @JsonProperty("stored")
    public long stored() {
        return created + changed + unchanged;
    }
}
