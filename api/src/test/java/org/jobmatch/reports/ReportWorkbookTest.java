package org.jobmatch.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobmatch.web.ApiException;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    private static final DataFormatter TEXT = new DataFormatter();

    @Test
    void theWarmHeartSheetHasTheFormsHeadingsNumbersAndTotal() throws Exception {
        var columns = Arrays.stream(WarmHeartColumn.values()).map(WarmHeartColumn::column).toList();
        List<Number> values = columns.stream().map(c -> (Number) 2L).toList();
        ReportTable table = new ReportTable("warm-heart", WarmHeartForm.TITLE, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 9, 30), null, columns, List.of(new ReportTable.Row("三星镇", null, values)),
                new ReportTable.Row("合计", null, values), Map.of());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.write(table)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo(WarmHeartForm.TITLE);
            assertThat(text(sheet, 1, 0)).contains("2026-01-01 至 2026-09-30", "全县");
            assertThat(text(sheet, ReportWorkbook.GROUP_ROW, 0)).isEqualTo("乡镇");
            assertThat(text(sheet, ReportWorkbook.GROUP_ROW, 1)).isEqualTo("认定的援助对象人数（人）");
            assertThat(text(sheet, ReportWorkbook.GROUP_ROW, 2)).isEqualTo("认定的援助对象人数");
            assertThat(text(sheet, ReportWorkbook.NAME_ROW, 2)).isEqualTo("长期失业人数（人）");
            assertThat(text(sheet, ReportWorkbook.GROUP_ROW, 32)).isEqualTo("对援助电源发放临时救助金额数（元）");
            assertThat(text(sheet, ReportWorkbook.NUMBER_ROW, 32)).isEqualTo("32");
            assertThat(sheet.getMergedRegions()).anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo("C3:K3"));
            assertThat(text(sheet, ReportWorkbook.FIRST_DATA_ROW + 1, 0)).isEqualTo("合计");
        }
    }

    @Test
    void theFormsColumnsAreTheSeedsThirtyTwoInOrder() {
        assertThat(WarmHeartColumn.values()).hasSize(32);
        assertThat(Arrays.stream(WarmHeartColumn.values()).mapToInt(WarmHeartColumn::no).toArray())
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 32).toArray());
        assertThat(WarmHeartColumn.ofKey("relief-amount").unit().shown(12345)).isEqualTo(new BigDecimal("123.45"));
    }

    @Test
    void aPeriodDefaultsToThisYearSoFarAndRefusesABackwardOne() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(Period.of(null, null, today)).isEqualTo(new Period(LocalDate.of(2026, 1, 1), today));
        assertThatThrownBy(() -> Period.of(today, today.minusDays(1), today)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Period.of(LocalDate.of(2025, 12, 1), today, today).year())
                .isInstanceOf(ApiException.class);
    }

    private static String text(Sheet sheet, int row, int column) {
        return TEXT.formatCellValue(sheet.getRow(row).getCell(column));
    }
}
