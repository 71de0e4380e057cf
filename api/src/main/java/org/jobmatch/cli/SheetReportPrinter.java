package org.jobmatch.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.jobmatch.sheets.RowError;
import org.jobmatch.sheets.SheetReport;

/** A spreadsheet import's report on the terminal: the same mapping, counts, errors and warnings as the page. */
final class SheetReportPrinter {

    static final int LISTED = 20;

    private SheetReportPrinter() {
    }

    static void print(PrintStream out, SheetReport report) {
        out.printf("工作表 (sheet) %s，表头在第 %d 行 (header row):%n", report.sheet().isEmpty() ? "-" : report.sheet(),
                report.headerRow());
        report.columns().forEach(c -> out.printf("  %-3s %s → %s%n", c.letter(), c.header(),
                c.field() == null ? "（不导入 not imported）" : c.fieldLabel() + " (" + c.field() + ")"));
        out.printf(Locale.ROOT, "%s共 %,d 行：新增 %,d，变更 %,d，不变 %,d，拒绝 %,d，提醒 %,d "
                        + "(rows %d: new %d, changed %d, unchanged %d, rejected %d, warnings %d)%n",
                report.dryRun() ? "预览（未入库 nothing stored）：" : "", report.rows(), report.created(),
                report.changed(), report.unchanged(), report.rejected(), report.warnings().size(), report.rows(),
                report.created(), report.changed(), report.unchanged(), report.rejected(), report.warnings().size());
        list(out, "拒绝 (rejected)", report.errors(), report.errorsTotal());
        list(out, "提醒 (warnings)", report.warnings(), report.warnings().size());
    }

    private static void list(PrintStream out, String heading, List<RowError> errors, long total) {
        if (errors.isEmpty()) {
            return;
        }
        out.println(heading + ":");
        errors.stream().limit(LISTED).forEach(e -> out.printf("  第 %d 行 (row) %s列 %s: %s%n", e.row(),
                e.column().isEmpty() ? "-" : e.column(), e.header(), e.reason()));
        if (total > LISTED) {
            out.printf(Locale.ROOT, "  …… 另有 %,d 条 (and %d more)%n", total - LISTED, total - LISTED);
        }
    }
}
