package org.jobmatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test sheets read as the import reads them: the sheet found, its header found and mapped, its rows. */
class SheetReadingTest {

    private static final Path DIR = Path.of("src/test/resources/spreadsheets");
    private static final PersonSheet PERSONS = new PersonSheet(Gazetteer.bundled(), null);

    @TempDir
    Path temp;

    @Test
    void findsTheHeaderBelowATitleRowAndAcrossMergedCellsAndSkipsTheHiddenSheet() throws IOException {
        SheetSource source = SheetFiles.open(DIR.resolve("人员台账-三星镇.xlsx"));
        List<SheetRow> rows = rows(source);

        ColumnMapping mapping = header(rows);

        assertThat(source.name()).isEqualTo("台账");
        assertThat(mapping.headerRow()).isEqualTo(3);
        assertThat(mapping.lastHeaderRow()).isEqualTo(4);
        assertThat(field(mapping, "B")).isEqualTo("id");
        assertThat(field(mapping, "D")).isEqualTo("idNumber");
        assertThat(field(mapping, "H")).isEqualTo("householdId"); // 户号 under the merged 家庭情况
        assertThat(field(mapping, "I")).isEqualTo("township");
        assertThat(field(mapping, "J")).isEqualTo("village");
        assertThat(field(mapping, "A")).isNull(); // 序号
        assertThat(rows.get(rows.size() - 1).number()).as("empty trailing rows ignored").isEqualTo(14);
    }

    @Test
    void readsNumbersAndDateCellsAsExcelHoldsThem() throws IOException {
        List<SheetRow> rows = rows(SheetFiles.open(DIR.resolve("人员台账-三星镇.xlsx")));
        SheetRow zhao = rows.stream().filter(r -> r.cell(2).text().equals("赵强")).findFirst().orElseThrow();
        SheetRow li = rows.stream().filter(r -> r.cell(2).text().equals("李桂兰")).findFirst().orElseThrow();

        assertThat(zhao.cell(3).isNumber()).isTrue();
        assertThat(li.cell(5).date()).isTrue();
        assertThat(Dates.parse(li.cell(5))).isEqualTo(java.time.LocalDate.of(1976, 11, 2));
    }

    @Test
    void readsTheOldXlsFormatToo() throws IOException {
        ColumnMapping mapping = header(rows(SheetFiles.open(DIR.resolve("人员台账-旧版.xls"))));

        assertThat(mapping.headerRow()).isEqualTo(1);
        assertThat(field(mapping, "A")).isEqualTo("id");
        assertThat(field(mapping, "J")).isEqualTo("groups"); // 帮扶类别
    }

    @Test
    void tellsGbkFromUtf8WithAndWithoutAByteOrderMark() throws IOException {
        assertThat(TextEncoding.detect(DIR.resolve("人员台账-WPS.csv")).charset()).isEqualTo(TextEncoding.GB18030);
        TextEncoding.Detected bom = TextEncoding.detect(DIR.resolve("人员台账-无编号.csv"));
        assertThat(bom.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(bom.bomLength()).isEqualTo(3);
        assertThat(TextEncoding.detect(DIR.resolve("岗位信息表-无编号.csv")))
                .isEqualTo(new TextEncoding.Detected(StandardCharsets.UTF_8, 0));

        List<SheetRow> gbk = rows(SheetFiles.open(DIR.resolve("人员台账-WPS.csv")));
        assertThat(gbk.get(0).cell(2).text()).isEqualTo("公民身份号码");
        assertThat(gbk.get(1).cell(1).text()).isEqualTo("王秀英");
        assertThat(rows(SheetFiles.open(DIR.resolve("人员台账-无编号.csv"))).get(0).cell(0).text()).isEqualTo("姓名");
    }

    @Test
    void readsGbkWhoseFirstBytesLookLikeUtf8() throws IOException {
        Path file = temp.resolve("gbk.csv");
        String text = "姓名,身份证号码,乡镇\r\n" + "a".repeat(70_000) + ",320614197906121245,三星镇\r\n";
        Files.write(file, text.getBytes("GBK"));

        assertThat(TextEncoding.detect(file).charset()).isEqualTo(TextEncoding.GB18030);
    }

    @Test
    void anOfficesRememberedHeaderMapsAColumnNoLedgerUses() {
        SheetRow header = new SheetRow(1, List.of(Cell.text("姓名"), Cell.text("身份证号码"), Cell.text("所在片区")));
        FieldNames names = new FieldNames(PERSONS, Map.of(HeaderText.normalise("所在片区"), "village"));

        ColumnMapping mapping = HeaderFinder.find(List.of(header), PERSONS, names, Map.of());

        assertThat(field(mapping, "C")).isEqualTo("village");
        assertThat(mapping.columns().get(2).origin()).isEqualTo(MappedColumn.Origin.REMEMBERED);
    }

    private static ColumnMapping header(List<SheetRow> rows) {
        return HeaderFinder.find(rows.subList(0, Math.min(rows.size(), HeaderFinder.ROWS_SEARCHED)), PERSONS,
                new FieldNames(PERSONS, Map.of()), Map.of());
    }

    private static String field(ColumnMapping mapping, String letter) {
        return mapping.columns().stream().filter(c -> c.letter().equals(letter)).findFirst()
                .map(MappedColumn::field).orElse(null);
    }

    private static List<SheetRow> rows(SheetSource source) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        source.read(rows::add);
        return rows;
    }
}
