package org.jobmatch.sheets;

/**
 * A problem of one row as staff look for it in Excel: the row number, the column letter and its header (empty
 * when the sheet has no column for the field), the contract field, the record's id where known, and the reason in
 * Chinese with English in brackets. Never the cell's value.
 */
public record RowError(long row, String column, String header, String field, String id, String reason) {
}
