package org.jobmatch.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The service records of the test sheets (服务记录.xlsx), naming persons of the persons' twin by name and ID number
 * as service sheets do, and the NDJSON twin of the valid ones. Rows 6–10 are refused, each for one reason. Written
 * again with {@code -Dtest=FixtureServices -Djobmatch.write-fixtures=true}.
 */
final class FixtureServices {

    static final List<String> HEADER = List.of("姓名", "身份证号", "服务类型", "服务日期", "服务方式", "经办人", "备注", "培训课程",
            "救助金额");
    /** Each row's cells; a LocalDate is a date cell, a Double a number cell. */
    static final List<List<Object>> ROWS = List.of(
            List.of("王秀英", "320614197906121245", "参加培训", "2026.11.3", "窗口", "陈红", "家纺缝纫工培训第一期", "缝纫工（初级）", ""),
            List.of("陈建国", "320614196901033110", "走访慰问", LocalDate.of(2026, 10, 20), "上门", "陈红", "春节前走访", "", ""),
            List.of("陈建国", "320614196901033110", "临时救助", "2026/9/15", "窗口", "李明", "", "", 800.0),
            List.of("张伟", "320614199008201533", "政策宣讲", "2026年8月1日", "电话", "李明", "", "", ""),
            List.of("王秀英", 3.20614197906121E17, "走访慰问", "2026.11.20", "上门", "陈红", "", "", ""),
            List.of("赵六", FixturePersons.id("320614850101002"), "走访慰问", "2026.11.20", "上门", "陈红", "", "", ""),
            List.of("张伟", "320614196901033110", "政策宣讲", "2026.8.2", "电话", "李明", "", "", ""),
            List.of("王秀英", "320614197906121245", "发传单", "2026.8.3", "窗口", "李明", "", "", ""),
            List.of("王秀英", "320614197906121245", "参加培训", "2026.11.3", "窗口", "陈红", "", "缝纫工（初级）", ""));
    /** Where each refused row's error is, as staff see it: row and column letter. */
    static final String ERRORS = "6:B 7:B 8:A 9:C 10:D";

    static final List<String> TWIN = List.of(
            "{\"id\":\"S-1\",\"personId\":\"P-1001\",\"kind\":\"TRAINING\",\"date\":\"2026-11-03\",\"channel\":\"COUNTER\","
                    + "\"operator\":\"陈红\",\"note\":\"家纺缝纫工培训第一期\",\"course\":\"缝纫工（初级）\"}",
            "{\"id\":\"S-2\",\"personId\":\"P-1002\",\"kind\":\"VISIT\",\"date\":\"2026-10-20\",\"channel\":\"VISIT\","
                    + "\"operator\":\"陈红\",\"note\":\"春节前走访\"}",
            "{\"id\":\"S-3\",\"personId\":\"P-1002\",\"kind\":\"TEMPORARY_RELIEF\",\"date\":\"2026-09-15\","
                    + "\"channel\":\"COUNTER\",\"operator\":\"李明\",\"amount\":800}",
            "{\"id\":\"S-4\",\"personId\":\"P-1003\",\"kind\":\"POLICY_TALK\",\"date\":\"2026-08-01\",\"channel\":\"PHONE\","
                    + "\"operator\":\"李明\"}");

    private FixtureServices() {
    }

    @Test
    @EnabledIfSystemProperty(named = "jobmatch.write-fixtures", matches = "true")
    void write() throws IOException {
        write(SheetFixtures.DIR);
    }

    static void write(Path dir) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(
                dir.resolve("服务记录.xlsx"))) {
            Sheet sheet = workbook.createSheet("服务台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < ROWS.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < HEADER.size(); c++) {
                    Object value = ROWS.get(r).get(c);
                    if (value instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (value instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        Files.write(dir.resolve("services-twin.ndjson"), TWIN, StandardCharsets.UTF_8);
    }
}
