package org.jobmatch.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads gazetteer CSV files ({@code county,township,lat,lon}, {@code #} comments, UTF-8). */
final class GazetteerFiles {

    static final String HEADER = "county,township,lat,lon";
    private static final String DIRECTORY = "gazetteer/";

    private record Line(int number, String text) {
    }

    private GazetteerFiles() {
    }

    /** The files named in the bundled index (a jar's directories cannot be listed). */
    static List<TownshipCentroid> bundled() {
        List<TownshipCentroid> rows = new ArrayList<>();
        for (Line file : contentLines("index.txt", open(DIRECTORY + "index.txt"))) {
            rows.addAll(parse(file.text(), contentLines(file.text(), open(DIRECTORY + file.text()))));
        }
        return rows;
    }

    /** Every {@code *.csv} file directly in {@code dir}, in name order. */
    static List<TownshipCentroid> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("gazetteer directory not found: " + dir);
        }
        List<TownshipCentroid> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                rows.addAll(parse(file.toString(), contentLines(file.toString(), Files.newInputStream(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer directory " + dir, e);
        }
        return rows;
    }

    /** Parses content lines (comments and blanks already gone), the first being the header. */
    private static List<TownshipCentroid> parse(String source, List<Line> lines) {
        if (lines.isEmpty() || !lines.get(0).text().replace(" ", "").equals(HEADER)) {
            throw new IllegalArgumentException(source + ": the first line must be the header " + HEADER);
        }
        return lines.stream().skip(1).map(l -> row(source + ":" + l.number(), l.text())).toList();
    }

    private static TownshipCentroid row(String where, String line) {
        String[] f = line.split(",", -1);
        if (f.length != 4 || f[0].isBlank() || f[1].isBlank()) {
            throw new IllegalArgumentException(where + ": expected county,township,lat,lon but got: " + line);
        }
        try {
            GeoPoint point = new GeoPoint(Double.parseDouble(f[2].strip()), Double.parseDouble(f[3].strip()));
            return new TownshipCentroid(f[0].strip(), f[1].strip(), point, where);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": invalid coordinates in: " + line, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = GazetteerFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource org/jobmatch/domain/" + resource);
        }
        return in;
    }

    /** Lines that are neither blank nor {@code #} comments, stripped, without a byte order mark. */
    private static List<Line> contentLines(String source, InputStream in) {
        try (LineNumberReader reader = new LineNumberReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Line> lines = new ArrayList<>();
            String text;
            while ((text = reader.readLine()) != null) {
                text = text.replace("\uFEFF", "").strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(new Line(reader.getLineNumber(), text));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
