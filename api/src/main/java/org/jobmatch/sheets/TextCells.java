package org.jobmatch.sheets;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Workbooks staff fill in again: every cell is text ("@"), so that ID numbers and phones stay as typed. */
final class TextCells {

    private final CellStyle text;
    private final CellStyle header;

    TextCells(Workbook workbook) {
        short format = workbook.createDataFormat().getFormat("@");
        text = workbook.createCellStyle();
        text.setDataFormat(format);
        header = workbook.createCellStyle();
        header.setDataFormat(format);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    /** Writes {@code values} (nulls left empty) into row {@code index}, as headers or as text. */
    void row(Sheet sheet, int index, List<String> values, boolean isHeader) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) != null) {
                var cell = row.createCell(c);
                cell.setCellStyle(isHeader ? header : text);
                cell.setCellValue(values.get(c));
            }
        }
    }

    /** Makes whole columns text, so that what staff type in later stays text. */
    void textColumns(Sheet sheet, int count) {
        for (int c = 0; c < count; c++) {
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c, 256 * 16);
        }
    }
}
