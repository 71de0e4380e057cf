package org.jobmatch.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.matching.Recommendation;
import org.springframework.stereotype.Component;

/**
 * A run's results as an Excel sheet for printing: one row per person with their three jobs (employer,
 * contact, distance), landscape, fitted to the page width, header repeated on every page. Streamed
 * (SXSSF), so a county of 100,000 persons needs no more memory than a page of rows.
 */
@Component
class ResultsWorkbook {

    private static final String[] HEADER = {"序号", "姓名", "乡镇（街道）", "村（社区）", "帮扶类别",
            "推荐岗位一", "推荐岗位二", "推荐岗位三", "备注"};
    private static final int[] WIDTHS = {6, 10, 12, 12, 18, 34, 34, 34, 20};
    private static final int FIRST_JOB = 5;

    private final BatchResults results;

    ResultsWorkbook(BatchResults results) {
        this.results = results;
    }

    void write(long batchId, String title, FairnessReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("批量推荐结果");
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            layout(sheet, workbook, title);
            int[] next = {2};
            results.forEachRow(batchId, row -> person(sheet.createRow(next[0]++), next[0] - 2, row, wrap));
            summary(workbook.createSheet("汇总"), title, report);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void layout(Sheet sheet, SXSSFWorkbook workbook, String title) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
        Row header = sheet.createRow(1);
        for (int i = 0; i < HEADER.length; i++) {
            header.createCell(i).setCellValue(HEADER[i]);
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, HEADER.length - 1));
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** The fairness report, one figure a row (label in Chinese, in English, value). */
    private static void summary(Sheet sheet, String title, FairnessReport report) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        if (report == null) {
            sheet.createRow(1).createCell(0).setCellValue("批次尚未完成，暂无公平分配报告 (no report until the run is done)");
            return;
        }
        int next = 1;
        for (ReportLines.Line line : ReportLines.of(report)) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(line.labelZh());
            row.createCell(1).setCellValue(line.labelEn());
            row.createCell(2).setCellValue(line.value());
        }
    }

    private static void person(Row row, int number, BatchResults.Row person, CellStyle wrap) {
        row.createCell(0).setCellValue(number);
        row.createCell(1).setCellValue(nullToEmpty(person.name()));
        row.createCell(2).setCellValue(nullToEmpty(person.township()));
        row.createCell(3).setCellValue(nullToEmpty(person.village()));
        row.createCell(4).setCellValue(person.groups().stream().map(AssistanceGroup::label)
                .collect(Collectors.joining("、")));
        List<Recommendation> jobs = person.result().recommendations();
        for (int i = 0; i < 3; i++) {
            row.createCell(FIRST_JOB + i).setCellValue(i < jobs.size() ? job(jobs.get(i)) : "");
            row.getCell(FIRST_JOB + i).setCellStyle(wrap);
        }
        row.createCell(FIRST_JOB + 3).setCellValue(nullToEmpty(person.result().note()));
    }

    /** One job cell: title and employer, contact, distance. */
    static String job(Recommendation r) {
        String contact = (nullToEmpty(r.contactName()) + " " + nullToEmpty(r.contactPhone())).strip();
        return r.title() + "（" + r.employer() + "）\n联系人：" + (contact.isEmpty() ? "—" : contact)
                + "\n距离 " + String.format(Locale.ROOT, "%.1f", r.distanceKm()) + " 公里";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
