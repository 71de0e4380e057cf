package org.jobmatch.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a sheet's XML (streamed) into rows of cells. Unlike POI's own handler it keeps a numeric cell's type and
 * value, so that an ID number stored as a number is told from one stored as text.
 */
final class XlsxRowHandler extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Consumer<SheetRow> rows;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
    private final StringBuilder value = new StringBuilder();

    private List<Cell> cells = new ArrayList<>();
    private long rowNumber;
    private int column;
    private String type;
    private String style;
    private boolean inValue;

    XlsxRowHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904,
                   Consumer<SheetRow> rows) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                cells = new ArrayList<>();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? cells.size() : Columns.index(ref);
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                value.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> put(column, cell());
            case "row" -> {
                if (!SheetRow.isBlank(cells)) {
                    rows.accept(new SheetRow(rowNumber, cells));
                }
            }
            default -> { }
        }
    }

    private void put(int at, Cell cell) {
        while (cells.size() <= at) {
            cells.add(null);
        }
        cells.set(at, cell);
    }

    private Cell cell() {
        String raw = value.toString();
        if (type == null || type.equals("n")) {
            return raw.isEmpty() ? Cell.text("") : number(Double.parseDouble(raw));
        }
        return switch (type) {
            case "s" -> Cell.text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
            case "b" -> Cell.text(raw.equals("1") ? "TRUE" : "FALSE");
            default -> Cell.text(raw); // str (a formula's text), inlineStr, e (an error such as #N/A)
        };
    }

    private Cell number(double number) {
        XSSFCellStyle cellStyle = style == null ? null : styles.getStyleAt(Integer.parseInt(style));
        int format = cellStyle == null ? 0 : cellStyle.getDataFormat();
        String pattern = cellStyle == null ? "General" : cellStyle.getDataFormatString();
        if (pattern == null) {
            pattern = "General";
        }
        boolean date = DateUtil.isADateFormat(format, pattern) && DateUtil.isValidExcelDate(number);
        String text = date ? DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString()
                : formatter.formatRawCellContents(number, format, pattern, date1904);
        return new Cell(text.strip(), number, date);
    }
}
