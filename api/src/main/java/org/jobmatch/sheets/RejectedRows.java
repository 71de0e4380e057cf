package org.jobmatch.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rejected rows of a sheet, for staff to correct and upload again: the sheet's header and each rejected row
 * as it was (every cell as text), in the same columns, with its row number and reasons in two columns after them.
 * Written streaming, reading the uploaded file again.
 */
final class RejectedRows {

    static final String ROW = "原表行号";
    static final String REASONS = "错误原因";

    private RejectedRows() {
    }

    /** Writes the workbook; returns the ledger ids named in it (for the audit log), where the rows had one. */
    static List<String> write(Path file, ColumnMapping mapping, Map<Long, String> reasons, OutputStream out)
            throws IOException {
        int width = mapping.columns().stream().mapToInt(MappedColumn::column).max().orElse(0) + 1;
        String[] header = new String[width];
        mapping.columns().forEach(c -> header[c.column()] = c.header());
        int idColumn = mapping.ofField("id").map(MappedColumn::column).orElse(-1);
        List<String> ids = new ArrayList<>();
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            TextCells cells = new TextCells(workbook);
            Sheet sheet = workbook.createSheet("需修改的行");
            cells.row(sheet, 0, concat(Arrays.asList(header), ROW, REASONS), true);
            int[] next = {1};
            SheetFiles.open(file).read(row -> {
                String why = reasons.get(row.number());
                if (why != null && row.number() > mapping.lastHeaderRow()) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        values.add(row.cell(c).text());
                    }
                    cells.row(sheet, next[0]++, concat(values, Long.toString(row.number()), why), false);
                    if (idColumn >= 0 && !row.cell(idColumn).isBlank()) {
                        ids.add(row.cell(idColumn).text());
                    }
                }
            });
            cells.textColumns(sheet, width);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return ids;
    }

    private static List<String> concat(List<String> values, String... more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }
}
