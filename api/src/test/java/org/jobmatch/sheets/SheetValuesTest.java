package org.jobmatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cells as ledgers write them, read into the contract's values: dates, ranges, words and digits. */
class SheetValuesTest {

    @Test
    void readsDatesAsLedgersWriteThem() {
        LocalDate expected = LocalDate.of(1979, 6, 12);
        for (String text : List.of("1979.6.12", "1979-06-12", "1979/6/12", "1979年6月12日", "19790612",
                "1979-06-12 00:00:00", "29018")) {
            assertThat(Dates.parse(Cell.text(text))).as(text).isEqualTo(expected);
        }
        assertThat(Dates.parse(new Cell("29018", 29018.0, false))).isEqualTo(expected);
        assertThat(Dates.parse(new Cell("1979-06-12", 29018.0, true))).isEqualTo(expected);
        assertThat(Dates.parse(new Cell("19790612", 19790612.0, false))).isEqualTo(expected);
    }

    @Test
    void refusesDatesThatDoNotExist() {
        for (String text : List.of("1979.13.45", "1979.2.30", "去年", "0")) {
            assertThatThrownBy(() -> Dates.parse(Cell.text(text))).as(text).isInstanceOf(CellProblem.class)
                    .hasMessageContaining("日期无法识别");
        }
    }

    @Test
    void readsAgeRanges() {
        assertThat(Ranges.ages(Cell.text("18-45周岁"))).isEqualTo(new Ranges.Range(18, 45));
        assertThat(Ranges.ages(Cell.text("18至45岁"))).isEqualTo(new Ranges.Range(18, 45));
        assertThat(Ranges.ages(Cell.text("45周岁以下"))).isEqualTo(new Ranges.Range(null, 45));
        assertThat(Ranges.ages(Cell.text("18岁以上"))).isEqualTo(new Ranges.Range(18, null));
        assertThat(Ranges.ages(Cell.text("不限"))).isEqualTo(new Ranges.Range(null, null));
        assertThatThrownBy(() -> Ranges.ages(Cell.text("40"))).isSameAs(Ranges.BAD_AGE);
        assertThatThrownBy(() -> Ranges.ages(Cell.text("年轻力壮"))).isSameAs(Ranges.BAD_AGE);
    }

    @Test
    void readsMonthlyWages() {
        assertThat(Ranges.wages(Cell.text("3000-4500元/月"))).isEqualTo(new Ranges.Range(3000, 4500));
        assertThat(Ranges.wages(Cell.text("3,000～4,500元"))).isEqualTo(new Ranges.Range(3000, 4500));
        assertThat(Ranges.wages(Cell.text("4.5k-6k"))).isEqualTo(new Ranges.Range(4500, 6000));
        assertThat(Ranges.wages(Cell.text("3500元以上"))).isEqualTo(new Ranges.Range(3500, null));
        assertThat(Ranges.wages(Cell.text("2280元/月"))).isEqualTo(new Ranges.Range(2280, 2280));
        assertThat(Ranges.wages(new Cell("4000", 4000.0, false))).isEqualTo(new Ranges.Range(4000, 4000));
        assertThat(Ranges.wages(Cell.text("面议"))).isEqualTo(new Ranges.Range(null, null));
        assertThat(Ranges.minimumWage(Cell.text("5000-6000元"))).isEqualTo(5000);
        assertThat(Ranges.minimumWage(Cell.text("3000元"))).isEqualTo(3000);
        assertThat(Ranges.minimumWage(Cell.text("面议"))).isNull();
    }

    @Test
    void refusesWagesThatAreNotMonthlyRatherThanConvertingThem() {
        assertThatThrownBy(() -> Ranges.wages(Cell.text("150元/天"))).isSameAs(Ranges.NOT_A_MONTHLY_WAGE);
        assertThatThrownBy(() -> Ranges.wages(Cell.text("20元/小时"))).isSameAs(Ranges.NOT_A_MONTHLY_WAGE);
        assertThatThrownBy(() -> Ranges.wages(Cell.text("看情况"))).isSameAs(Ranges.BAD_WAGE);
    }

    @Test
    void readsCategoryWordsIntoTheContractsValues() {
        assertThat(Terms.GROUPS.many("脱贫劳动力、残疾人")).containsExactly("POVERTY_ALLEVIATED", "DISABLED");
        assertThat(Terms.GROUPS.many("就业困难人员，零就业家庭")).containsExactly("DIFFICULT", "ZERO_EMPLOYMENT_FAMILY");
        assertThat(Terms.GROUPS.many("低保户; 低保 / 4050人员")).containsExactly("LOW_INCOME");
        assertThat(Terms.GROUPS.many("VETERAN")).containsExactly("VETERAN");
        assertThat(Terms.STATUS.one("暂无就业意愿")).isEqualTo("NOT_SEEKING");
        assertThat(Terms.GENDERS.one("女")).isEqualTo("F");
    }

    @Test
    void refusesACategoryWordItDoesNotKnowAndSaysWhatItDoes() {
        assertThatThrownBy(() -> Terms.GROUPS.many("脱贫劳动力、贫困生")).isInstanceOf(CellProblem.class)
                .hasMessageContaining("人员类别无法识别").hasMessageContaining("脱贫劳动力");
    }

    @Test
    void refusesIdNumbersThatExcelTurnedIntoNumbersAndSaysHowToFixTheColumn() {
        assertThatThrownBy(() -> NumberCells.idNumber(new Cell("3.20614E+17", 3.20614198501011E17, false)))
                .isSameAs(NumberCells.ID_AS_NUMBER).hasMessageContaining("文本").hasMessageContaining("format the column as text");
        assertThatThrownBy(() -> NumberCells.idNumber(Cell.text("3.20614E+17"))).isSameAs(NumberCells.ID_AS_NUMBER);
        assertThatThrownBy(() -> NumberCells.idNumber(Cell.text("3.20614e17"))).isSameAs(NumberCells.ID_AS_NUMBER);
        assertThat(NumberCells.idNumber(Cell.text("32061419720415291x"))).isEqualTo("32061419720415291X");
    }

    @Test
    void readsDigitsStoredAsNumbersWhileTheyAreExact() {
        assertThat(NumberCells.digits(new Cell("13812345678", 13812345678.0, false))).isEqualTo("13812345678");
        assertThat(NumberCells.digits(Cell.text("H-1001"))).isEqualTo("H-1001");
        assertThatThrownBy(() -> NumberCells.digits(new Cell("1.23457E+15", 1234567890123456.0, false)))
                .isSameAs(NumberCells.DIGITS_AS_NUMBER);
        assertThatThrownBy(() -> NumberCells.digits(Cell.text("1.38123E+10"))).isSameAs(NumberCells.DIGITS_AS_NUMBER);
    }
}
