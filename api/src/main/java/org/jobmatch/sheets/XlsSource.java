package org.jobmatch.sheets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An .xls (Excel 97–2003) workbook. The format holds at most 65,536 rows, so it is read whole; the first visible
 * sheet is used, formulas by their cached results.
 */
final class XlsSource implements SheetSource {

    private final Path file;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
    private String name = "";

    XlsSource(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(Consumer<SheetRow> rows) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
            Sheet sheet = firstVisible(workbook);
            name = sheet.getSheetName();
            for (Row row : sheet) {
                List<Cell> cells = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    while (cells.size() < cell.getColumnIndex()) {
                        cells.add(null);
                    }
                    cells.add(cell(cell));
                }
                if (!SheetRow.isBlank(cells)) {
                    rows.accept(new SheetRow(row.getRowNum() + 1L, cells));
                }
            }
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new UnreadableSheet("文件已加密：请取消密码后再上传", "the workbook is encrypted", e);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSheet("无法读取该 Excel 文件：请另存为 .xlsx 后上传", "the .xls workbook cannot be read", e);
        }
    }

    private static Sheet firstVisible(HSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        throw new UnreadableSheet("工作簿中没有可见的工作表", "the workbook has no visible sheet", null);
    }

    private Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> Cell.text(cell.getRichStringCellValue().getString());
            case BOOLEAN -> Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> Cell.text("");
        };
    }

    private Cell number(org.apache.poi.ss.usermodel.Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            return new Cell(cell.getLocalDateTimeCellValue().toLocalDate().toString(), value, true);
        }
        var style = cell.getCellStyle();
        String text = formatter.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString());
        return new Cell(text.strip(), value, false);
    }
}
