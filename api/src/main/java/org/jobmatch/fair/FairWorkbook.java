package org.jobmatch.fair;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a fair's board as an .xlsx workbook: one row per candidate, and one per vacancy on a second sheet. */
final class FairWorkbook {

    static final String CANDIDATES_SHEET = "候选名单";
    static final String VACANCIES_SHEET = "岗位";
    static final List<String> CANDIDATE_HEADER = List.of("单位", "岗位", "岗位编号", "排名", "台账编号", "姓名", "性别",
            "年龄", "乡镇", "村（社区）", "帮扶类别", "距离（公里）", "匹配度", "推荐理由", "本场其他匹配岗位", "状态");
    static final List<String> VACANCY_HEADER = List.of("单位", "岗位", "岗位编号", "类型", "乡镇", "剩余名额", "工资",
            "用工形式", "联系人", "联系电话", "候选人数", "备注");

    private FairWorkbook() {
    }

    static void write(FairBoard board, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            candidates(board, sheet(workbook.createSheet(CANDIDATES_SHEET), CANDIDATE_HEADER, bold));
            vacancies(board, sheet(workbook.createSheet(VACANCIES_SHEET), VACANCY_HEADER, bold));
            workbook.write(out);
        }
    }

    private static Sheet sheet(Sheet sheet, List<String> header, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            row.createCell(i).setCellValue(header.get(i));
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, 256 * Math.max(8, header.get(i).length() * 3));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, header.size() - 1));
        return sheet;
    }

    private static void candidates(FairBoard board, Sheet sheet) {
        for (var employer : board.employers()) {
            for (var section : employer.vacancies()) {
                var v = section.vacancy();
                for (FairCandidate c : section.candidates()) {
                    row(sheet, v.employer(), v.title(), v.id(), c.rank(), c.personId(), c.name(), c.gender(), c.age(),
                            c.township(), c.village(), String.join("、", c.groups()), c.distanceKm(), c.score(),
                            String.join("；", c.reasons()), others(c), c.hired() ? "已录用" : c.invited() ? "已邀请" : "");
                }
            }
        }
    }

    private static void vacancies(FairBoard board, Sheet sheet) {
        for (var employer : board.employers()) {
            for (var section : employer.vacancies()) {
                var v = section.vacancy();
                row(sheet, v.employer(), v.title(), v.id(), v.source(), v.township(), v.openings(), v.wage(),
                        v.workMode(), v.contactName(), v.contactPhone(), section.candidates().size(), section.note());
            }
        }
    }

    private static String others(FairCandidate c) {
        return c.otherMatches().stream().map(o -> o.employer() + " " + o.title()
                + (o.rank() == null ? "" : "（第 " + o.rank() + " 名）")).collect(Collectors.joining("；"));
    }

    /** Numbers stay numbers, so the sheet can be sorted and filtered. */
    private static void row(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }
}
