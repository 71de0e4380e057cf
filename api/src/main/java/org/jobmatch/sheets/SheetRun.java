package org.jobmatch.sheets;

import java.util.Map;

/** A finished run over a sheet: its report, and what the rejected-rows workbook needs (mapping, reasons by row). */
public final class SheetRun {

    private final SheetReport report;
    private final ColumnMapping mapping;
    private final Map<Long, String> rejected;

    SheetRun(SheetReport report, ColumnMapping mapping, Map<Long, String> rejected) {
        this.report = report;
        this.mapping = mapping;
        this.rejected = rejected;
    }

    public SheetReport report() {
        return report;
    }

    ColumnMapping mapping() {
        return mapping;
    }

    Map<Long, String> rejected() {
        return rejected;
    }
}
