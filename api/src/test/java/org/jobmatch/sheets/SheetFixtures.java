package org.jobmatch.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the test sheets of {@code src/test/resources/spreadsheets} (committed; run {@link #main} to write them
 * again): the same persons and vacancies as offices keep them — different header wordings, a title row and a
 * merged two-row header, a hidden sheet, date cells and dates as text, an ID number turned into a number, GBK and
 * UTF-8 CSV with and without ledger numbers — and their NDJSON twins. Written again by
 * {@code ./mvnw -pl api -am test -Dtest=SheetFixtures -Djobmatch.write-fixtures=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class SheetFixtures {

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "jobmatch.write-fixtures", matches = "true")
    void write() throws IOException {
        main(new String[0]);
    }

    static final Path DIR = Path.of("src/test/resources/spreadsheets");


    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIR);
        write(DIR.resolve("人员台账-三星镇.xlsx"), new XSSFWorkbook(), SheetFixtures::personsTitled);
        write(DIR.resolve("人员台账-旧版.xls"), new HSSFWorkbook(), w -> plain(w, PERSONS_XLS, SheetFixtures::personXls));
        csv(DIR.resolve("人员台账-WPS.csv"), Charset.forName("GBK"), false, PERSONS_CSV,
                (FixturePersons.P p) -> personCsv(p));
        csv(DIR.resolve("人员台账-无编号.csv"), StandardCharsets.UTF_8, true, PERSONS_NO_ID,
                (FixturePersons.P p) -> personCsv(p).subList(1, 11));
        write(DIR.resolve("岗位信息表.xlsx"), new XSSFWorkbook(), w -> plain(w, VACANCIES, SheetFixtures::vacancy));
        csv(DIR.resolve("岗位信息表-无编号.csv"), StandardCharsets.UTF_8, false, VACANCIES.subList(1, VACANCIES.size()),
                (FixtureVacancies.V v) -> vacancy(v).subList(1, VACANCIES.size()));
        Files.write(DIR.resolve("persons-twin.ndjson"), FixturePersons.ALL.stream().map(FixturePersons.P::twin)
                .filter(t -> t != null).toList(), StandardCharsets.UTF_8);
        Files.write(DIR.resolve("vacancies-twin.ndjson"), FixtureVacancies.ALL.stream().map(FixtureVacancies.V::twin)
                .filter(t -> t != null).toList(), StandardCharsets.UTF_8);
    }

    static final List<String> PERSONS_XLS = List.of("台账编号", "姓名", "身份证号", "性别", "出生日期", "手机号码", "户编号",
            "乡镇", "村", "帮扶类别", "技能", "意向岗位", "期望工资", "就业情况");
    static final List<String> PERSONS_CSV = List.of("编号", "姓名", "公民身份号码", "性别", "出生年月", "联系电话", "家庭编号",
            "所在镇（街道）", "村（社区）", "人员类别", "技能特长", "求职意向", "期望月薪", "就业状态");
    static final List<String> PERSONS_NO_ID = PERSONS_CSV.subList(1, 11);
    static final List<String> VACANCIES = List.of("岗位编号", "用人单位", "岗位名称", "岗位类型", "招聘人数", "年龄要求",
            "薪资待遇", "工作地点", "用工形式", "技能要求", "岗位描述", "截止日期", "联系人", "联系电话", "是否适合残疾人");

    /** Row 1 a merged title, row 2 a note, rows 3–4 the header (家庭情况 over 户号, 乡镇, 村), a hidden sheet first. */
    private static void personsTitled(Workbook w) {
        w.createSheet("旧台账").createRow(0).createCell(0).setCellValue("姓名");
        w.setSheetHidden(0, true);
        Sheet sheet = w.createSheet("台账");
        w.setActiveSheet(1);
        sheet.createRow(0).createCell(0).setCellValue("海门区三星镇就业帮扶台账（2026年）");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 14));
        sheet.createRow(1).createCell(0).setCellValue("填报单位：三星镇劳动保障所　　填报日期：2026年11月");
        List<String> top = List.of("序号", "编号", "姓名", "身份证号码", "性别", "出生日期", "联系电话", "家庭情况", "", "",
                "人员类别", "技能特长", "求职意向", "期望月薪", "就业状态");
        List<String> below = List.of("", "", "", "", "", "", "", "户号", "所在镇(街道)", "村(社区)", "", "", "", "", "");
        texts(sheet.createRow(2), top);
        texts(sheet.createRow(3), below);
        for (int c = 0; c < top.size(); c++) {
            if (c < 7 || c > 9) {
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 7, 9));
        CellStyle date = dateStyle(w);
        int r = 4;
        for (FixturePersons.P p : FixturePersons.ALL) {
            Row row = sheet.createRow(r++);
            List<Object> values = new ArrayList<>(List.of(r - 4));
            values.addAll(personXls(p));
            cells(row, values, date);
        }
        sheet.createRow(r + 2).createCell(3).setCellValue(""); // empty trailing rows
        sheet.createRow(r + 3);
    }

    private static List<Object> personXls(FixturePersons.P p) {
        List<Object> values = new ArrayList<>();
        values.add(p.id());
        values.add(p.name());
        values.add(p.idAsNumber() != null ? p.idAsNumber() : p.idNumber());
        values.add(p.gender());
        values.add(p.birthDate() != null ? p.birthDate() : p.birth());
        values.add(p.phone().isEmpty() ? "" : Double.valueOf(p.phone()));
        values.add(p.household());
        values.add(p.township());
        values.add(p.village());
        values.add(p.groups());
        values.add(p.skills());
        values.add(p.jobs());
        values.add(p.wage());
        values.add(p.status());
        return values;
    }

    /** A CSV as WPS writes it: numbers as Excel showed them (an 18-digit number as 3.20614E+17). */
    private static List<String> personCsv(FixturePersons.P p) {
        String birth = p.birthDate() != null ? Long.toString(Math.round(DateUtil.getExcelDate(p.birthDate())))
                : p.birth() == null ? "" : p.birth();
        return List.of(p.id(), p.name(), p.idAsNumber() != null ? "3.20614E+17" : p.idNumber(), p.gender(), birth,
                p.phone(), p.household(), p.township(), p.village(), p.groups(), p.skills(), p.jobs(), p.wage(),
                p.status());
    }

    private static List<Object> vacancy(FixtureVacancies.V v) {
        List<Object> values = new ArrayList<>(List.of(v.id(), v.employer(), v.title(), v.source(), v.openings(),
                v.ages(), v.wage(), v.place(), v.mode(), v.skills(), v.description()));
        values.add(v.until() == null ? "" : v.until());
        values.addAll(List.of(v.contact(), v.phone(), v.accessible()));
        return values;
    }

    private static <T> void plain(Workbook w, List<String> header, Function<T, List<Object>> row) {
        Sheet sheet = w.createSheet("Sheet1");
        texts(sheet.createRow(0), header);
        CellStyle date = dateStyle(w);
        @SuppressWarnings("unchecked")
        List<T> records = (List<T>) (header == VACANCIES ? FixtureVacancies.ALL : FixturePersons.ALL);
        int r = 1;
        for (T record : records) {
            cells(sheet.createRow(r++), row.apply(record), date);
        }
    }

    private static <T> void csv(Path file, Charset charset, boolean bom, List<String> header,
                                Function<T, List<?>> row) throws IOException {
        @SuppressWarnings("unchecked")
        List<T> records = (List<T>) (header.contains("用人单位") ? FixtureVacancies.ALL : FixturePersons.ALL);
        StringBuilder text = new StringBuilder(String.join(",", header)).append("\r\n");
        for (T record : records) {
            text.append(String.join(",", row.apply(record).stream().map(SheetFixtures::quoted).toList())).append("\r\n");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.toString().getBytes(charset));
        }
    }

    private static String quoted(Object value) {
        String text = value == null ? "" : value instanceof java.time.LocalDate d
                ? d.toString().replace('-', '/') : value.toString();
        return text.contains(",") || text.contains("，") ? "\"" + text + "\"" : text;
    }

    private static void texts(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    private static void cells(Row row, List<?> values, CellStyle date) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            var cell = row.createCell(c);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof java.time.LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value != null && !value.toString().isEmpty()) {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static CellStyle dateStyle(Workbook w) {
        CellStyle style = w.createCellStyle();
        style.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }

    private static void write(Path file, Workbook workbook, java.util.function.Consumer<Workbook> fill)
            throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            fill.accept(workbook);
            workbook.write(out);
        }
    }
}
