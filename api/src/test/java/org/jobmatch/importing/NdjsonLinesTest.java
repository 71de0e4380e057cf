package org.jobmatch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void skipsAByteOrderMarkAtTheStartOnly() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<NdjsonLines.Line> lines = read(concat(bom, utf8("{\"a\":1}\n"), bom, utf8("x\n")));

        assertThat(lines).extracting(NdjsonLines.Line::text).containsExactly("{\"a\":1}", "\uFEFFx");
    }

    @Test
    void numbersLinesAndDropsCarriageReturns() throws IOException {
        List<NdjsonLines.Line> lines = read(utf8("一\r\n\n三"));

        assertThat(lines).extracting(NdjsonLines.Line::number).containsExactly(1L, 2L, 3L);
        assertThat(lines).extracting(NdjsonLines.Line::text).containsExactly("一", "", "三");
    }

    @Test
    void aLineOfInvalidBytesIsAProblemOfThatLineOnly() throws IOException {
        byte[] gbk = "张三\n".getBytes("GBK");
        List<NdjsonLines.Line> lines = read(concat(utf8("好\n"), gbk, utf8("也好\n")));

        assertThat(lines).extracting(NdjsonLines.Line::text).containsExactly("好", null, "也好");
        assertThat(lines.get(1).problem()).contains("UTF-8");
    }

    @Test
    void aTooLongLineIsRefusedWithoutKeepingIt() throws IOException {
        byte[] longLine = new byte[NdjsonLines.MAX_LINE_BYTES + 10];
        java.util.Arrays.fill(longLine, (byte) 'a');
        List<NdjsonLines.Line> lines = read(concat(longLine, utf8("\nok")));

        assertThat(lines.get(0).problem()).contains("1 MB");
        assertThat(lines.get(1).text()).isEqualTo("ok");
    }

    @Test
    void aCharacterSplitAcrossReadsIsDecodedWhole() throws IOException {
        String text = "a".repeat((1 << 16) - 1) + "岗位";
        List<NdjsonLines.Line> lines = read(utf8(text + "\n"));

        assertThat(lines).singleElement().extracting(NdjsonLines.Line::text).isEqualTo(text);
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertThat(read(new byte[0])).isEmpty();
    }

    private static List<NdjsonLines.Line> read(byte[] bytes) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes));
        List<NdjsonLines.Line> all = new ArrayList<>();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
