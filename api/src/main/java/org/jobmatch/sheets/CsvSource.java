package org.jobmatch.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file, in UTF-8 (with or without a byte order mark) or, as WPS and Excel save it on Chinese Windows, in
 * GBK/GB18030. Commas or tabs. Each record is a row, numbered as a spreadsheet program shows it.
 */
final class CsvSource implements SheetSource {

    private final Path file;

    CsvSource(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "";
    }

    @Override
    public void read(Consumer<SheetRow> rows) throws IOException {
        TextEncoding.Detected encoding = TextEncoding.detect(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(encoding.charset()))
                .setIgnoreEmptyLines(false).get();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            try (Reader reader = new InputStreamReader(in, encoding.charset()); CSVParser parser = format.parse(reader)) {
                for (CSVRecord record : parser) {
                    List<Cell> cells = new ArrayList<>(record.size());
                    record.forEach(value -> cells.add(Cell.text(value)));
                    if (!SheetRow.isBlank(cells)) {
                        rows.accept(new SheetRow(record.getRecordNumber(), cells));
                    }
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new UnreadableSheet("CSV 文件格式有误（引号不成对？）", "malformed CSV (unbalanced quotes?)", e);
        }
    }

    /** A tab when the first line has tabs and no commas, else a comma. */
    private char delimiter(Charset charset) throws IOException {
        try (var lines = Files.newBufferedReader(file, charset)) {
            String first = lines.readLine();
            return first != null && first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
        } catch (java.nio.charset.MalformedInputException e) {
            return ',';
        }
    }
}
