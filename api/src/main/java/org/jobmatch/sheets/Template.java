package org.jobmatch.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable template of a kind: a sheet with the header row and one example row (text columns, so that ID
 * numbers keep all 18 characters), and a second sheet listing the other headers each column is recognised by.
 */
final class Template {

    private Template() {
    }

    static void write(SheetKind kind, OutputStream out) throws IOException {
        List<SheetField> fields = kind.fields().stream().filter(f -> !f.key().startsWith("location.")).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TextCells cells = new TextCells(workbook);
            Sheet sheet = workbook.createSheet(kind.label() + "台账");
            cells.textColumns(sheet, fields.size());
            cells.row(sheet, 0, fields.stream().map(SheetField::label).toList(), true);
            cells.row(sheet, 1, fields.stream().map(f -> kind.example().get(f.key())).toList(), false);
            sheet.createFreezePane(0, 1);
            Sheet notes = workbook.createSheet("填写说明");
            cells.row(notes, 0, List.of("列名", "也可写作"), true);
            for (int i = 0; i < fields.size(); i++) {
                SheetField f = fields.get(i);
                cells.row(notes, i + 1, List.of(f.label(), String.join("、", f.headers().subList(1, f.headers().size()))),
                        false);
            }
            notes.setColumnWidth(0, 256 * 20);
            notes.setColumnWidth(1, 256 * 80);
            workbook.write(out);
        }
    }
}
