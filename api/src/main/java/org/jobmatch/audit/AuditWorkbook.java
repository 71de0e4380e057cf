package org.jobmatch.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The audit log as a spreadsheet, streamed row by row. */
final class AuditWorkbook {

    private static final String[] HEADER = {"编号", "时间", "操作人", "角色", "操作", "涉及人员", "字段", "用途", "说明"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private AuditWorkbook() {
    }

    static void write(AuditQuery query, AuditQuery.Filter filter, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("审计日志");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int[] next = {1};
            query.each(filter, entry -> row(sheet.createRow(next[0]++), entry));
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void row(Row row, AuditEntry e) {
        row.createCell(0).setCellValue(e.id());
        row.createCell(1).setCellValue(TIME.format(e.at()));
        row.createCell(2).setCellValue(e.actor());
        row.createCell(3).setCellValue(e.role());
        row.createCell(4).setCellValue(e.action().label());
        // a cell holds at most 32,767 characters; a big export names its count instead
        String persons = String.join("、", e.personIds());
        row.createCell(5).setCellValue(persons.length() > 30_000 ? e.personIds().size() + " 人" : persons);
        row.createCell(6).setCellValue(String.join("、", e.fields()));
        row.createCell(7).setCellValue(e.purpose() == null ? "" : e.purpose());
        row.createCell(8).setCellValue(e.subject() == null ? "" : e.subject());
    }
}
