package org.jobmatch.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A form as an Excel sheet laid out like the paper one: its title, the period, the headings over the columns (merged
 * where the form groups them), the columns' names and numbers (栏次), one row per township (and village), the total.
 */
final class ReportWorkbook {

    static final int TITLE_ROW = 0;
    static final int GROUP_ROW = 2;
    static final int NAME_ROW = 3;
    static final int NUMBER_ROW = 4;
    static final int FIRST_DATA_ROW = 5;

    private ReportWorkbook() {
    }

    static byte[] write(ReportTable table) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(table.report());
            boolean villages = table.rows().stream().anyMatch(r -> r.village() != null);
            int left = villages ? 2 : 1;
            int width = left + table.columns().size();
            cell(sheet.createRow(TITLE_ROW), 0, table.title(), styles.title);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, width - 1));
            cell(sheet.createRow(1), 0, "统计期间：" + table.from() + " 至 " + table.to() + "　　范围："
                    + (table.township() == null ? "全县" : table.township()), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
            header(sheet, table.columns(), left, villages, styles.header);
            for (ReportTable.Row row : table.rows()) {
                data(sheet, row, villages, styles.cell);
            }
            data(sheet, table.total(), villages, styles.total);
            sheet.createFreezePane(left, FIRST_DATA_ROW);
            sheet.setColumnWidth(0, 256 * 14);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Sheet sheet, List<ReportTable.Column> columns, int left, boolean villages,
                               CellStyle style) {
        Row groups = sheet.createRow(GROUP_ROW);
        Row names = sheet.createRow(NAME_ROW);
        Row numbers = sheet.createRow(NUMBER_ROW);
        names.setHeightInPoints(64);
        for (int i = 0; i < left; i++) {
            cell(groups, i, i == 0 ? "乡镇" : "村（社区）", style);
            cell(names, i, null, style);
            cell(numbers, i, null, style);
            sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, NUMBER_ROW, i, i));
        }
        int start = 0;
        for (int i = 0; i < columns.size(); i++) {
            ReportTable.Column c = columns.get(i);
            int at = left + i;
            String name = c.name() + "（" + c.unit() + "）";
            cell(groups, at, c.group() == null ? name : c.group(), style);
            cell(names, at, c.group() == null ? null : name, style);
            cell(numbers, at, String.valueOf(c.no()), style);
            sheet.setColumnWidth(at, 256 * 9);
            if (c.group() == null) {
                sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, NAME_ROW, at, at));
            }
            boolean lastOfGroup = i + 1 == columns.size() || !Objects.equals(columns.get(i + 1).group(), c.group());
            if (c.group() != null && lastOfGroup && i > start) {
                sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, left + start, at));
            }
            if (lastOfGroup) {
                start = i + 1;
            }
        }
    }

    private static void data(Sheet sheet, ReportTable.Row values, boolean villages, CellStyle style) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        cell(row, 0, values.village() == null ? values.township() : "", style);
        if (villages) {
            cell(row, 1, values.village() == null ? "小计" : values.village(), style);
        }
        int left = villages ? 2 : 1;
        for (int i = 0; i < values.values().size(); i++) {
            Number n = values.values().get(i);
            var cell = row.createCell(left + i);
            cell.setCellStyle(style);
            if (n != null) {
                cell.setCellValue(n.doubleValue());
            }
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Bordered cells; headings wrapped and centred; the title large, the total bold. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle total;

        Styles(Workbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            cell = bordered(workbook);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            total = bordered(workbook);
            total.setFont(bold);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
