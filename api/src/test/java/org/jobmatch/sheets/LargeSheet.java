package org.jobmatch.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jobmatch.domain.Gazetteer;
import org.jobmatch.domain.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes a persons' ledger of {@code jobmatch.large-sheet.rows} rows (100,000 by default) to
 * {@code target/bench/人员台账-大表.xlsx}, for measuring the import's time and memory (docs/import.md): a title row,
 * ledger headers, every row valid and different, written as POI's streaming writer does so the file itself takes
 * no memory to make. Run with {@code -Dtest=LargeSheet -Djobmatch.large-sheet=true}.
 */
class LargeSheet {

    static final Path FILE = Path.of("target/bench/人员台账-大表.xlsx");
    private static final List<String> HEADER = List.of("编号", "姓名", "身份证号码", "性别", "联系电话", "户号", "乡镇(街道)",
            "村(社区)", "人员类别", "技能特长", "求职意向", "期望月薪", "就业状态");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程";
    private static final String GIVEN = "秀英建国伟芳军红霞明华丽强平桂兰志刚玉梅海燕永新春花文斌小龙金凤德胜";
    private static final List<String> GROUPS = List.of("脱贫劳动力", "就业困难人员", "低保户", "残疾人", "脱贫劳动力、残疾人",
            "返乡农民工", "零就业家庭", "退捕渔民", "防止返贫监测对象", "");
    private static final List<String> JOBS = List.of("缝纫工", "保洁", "保安", "电焊工", "护工", "包装工", "叉车司机", "");
    private static final List<String> STATUS = List.of("未就业", "灵活就业", "已就业", "");

    @Test
    @EnabledIfSystemProperty(named = "jobmatch.large-sheet", matches = "true")
    void write() throws IOException {
        write(FILE, Integer.getInteger("jobmatch.large-sheet.rows", 100_000));
    }

    static void write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> townships = Gazetteer.bundled().townships().stream().sorted().toList();
        Random random = new Random(20261204);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("海门区就业帮扶台账（大表测试）");
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 2);
                List<String> values = row(i, random, townships);
                for (int c = 0; c < values.size(); c++) {
                    if (!values.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static List<String> row(int i, Random random, List<String> townships) {
        LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(i / 900);
        String fifteen = String.format(Locale.ROOT, "320614%s%03d", birth.toString().substring(2).replace("-", ""),
                i % 900 + 10);
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
        return List.of(String.format(Locale.ROOT, "P-B%06d", i), name, IdNumber.parse(fifteen).value(),
                "", String.format(Locale.ROOT, "139%08d", i), String.format(Locale.ROOT, "H-B%06d", i / 3),
                townships.get(random.nextInt(townships.size())), "", GROUPS.get(random.nextInt(GROUPS.size())),
                "", JOBS.get(random.nextInt(JOBS.size())), (2000 + random.nextInt(40) * 100) + "元",
                STATUS.get(random.nextInt(STATUS.size())));
    }
}
