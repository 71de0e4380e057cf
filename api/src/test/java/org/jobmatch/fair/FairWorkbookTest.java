package org.jobmatch.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.matching.Candidate;
import org.junit.jupiter.api.Test;

class FairWorkbookTest {

    @Test
    void writesOneRowPerCandidateAndOnePerVacancy() throws Exception {
        try (XSSFWorkbook workbook = roundTrip(board())) {
            Sheet candidates = workbook.getSheet(FairWorkbook.CANDIDATES_SHEET);
            Sheet vacancies = workbook.getSheet(FairWorkbook.VACANCIES_SHEET);

            assertThat(candidates.getLastRowNum()).isEqualTo(1);
            assertThat(vacancies.getLastRowNum()).isEqualTo(1);
            assertThat(cells(candidates.getRow(0))).containsExactlyElementsOf(FairWorkbook.CANDIDATE_HEADER);
            assertThat(cells(candidates.getRow(1))).contains("单位V-1", "缝纫工", "P-0001", "王*英", "已邀请",
                    "单位V-2 包装工（第 3 名）");
            assertThat(cells(vacancies.getRow(1))).contains("缝纫工", "3000–4000 元/月", "全职");
        }
    }

    @Test
    void keepsNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = roundTrip(board())) {
            Row row = workbook.getSheet(FairWorkbook.CANDIDATES_SHEET).getRow(1);

            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(47);
        }
    }

    @Test
    void neverWritesIdNumbersPhonesOrFullNames() throws Exception {
        try (XSSFWorkbook workbook = roundTrip(board())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    assertThat(cells(row)).noneMatch(c -> c.contains("王秀英") || c.contains("320614197906121245")
                            || c.contains("13812345678"));
                }
            }
        }
    }

    private static FairBoard board() {
        var vacancy = FairFixtures.vacancy("V-1", "缝纫工", 50, VacancySource.ENTERPRISE, Set.of());
        var candidate = FairCandidate.of(new Candidate(1, "P-0001", 47, "三星镇", 1.2, 0.81, List.of("技能匹配: 缝纫")),
                FairFixtures.seamstress(), List.of(new FairCandidate.OtherMatch("V-2", "包装工", "单位V-2", 3)), true);
        var section = new FairBoard.VacancySection(FairBoard.VacancyInfo.of(vacancy), List.of(candidate), null);
        return new FairBoard(7, "春风行动专场", FairFixtures.TODAY, "三星镇文化广场", FairFixtures.TODAY, 10,
                List.of(new FairBoard.EmployerSection(vacancy.employer(), List.of(section))));
    }

    private static XSSFWorkbook roundTrip(FairBoard board) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FairWorkbook.write(board, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }));
        return values;
    }
}
