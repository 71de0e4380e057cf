package org.jobmatch.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jobmatch.domain.Gazetteer;

/** The ways a column's cells become contract values; each puts its value at the given JSON path. */
final class CellReaders {

    private static final Pattern LIST = Pattern.compile("[、,，;；/\\s]+");
    private static final Pattern INTEGER = Pattern.compile("(\\d+)\\s*(人|名|个|位)?");
    private static final Pattern DECIMAL = Pattern.compile("(\\d+(\\.\\d+)?)\\s*(公里|千米|km|KM)?");

    private CellReaders() {
    }

    static CellReader text(String path) {
        return (cell, record) -> CellReader.put(record, path, cell.text());
    }

    static CellReader digits(String path) {
        return (cell, record) -> CellReader.put(record, path, NumberCells.digits(cell));
    }

    static CellReader idNumber(String path) {
        return (cell, record) -> CellReader.put(record, path, NumberCells.idNumber(cell));
    }

    static CellReader date(String path) {
        return (cell, record) -> CellReader.put(record, path, Dates.parse(cell).toString());
    }

    static CellReader term(String path, Terms terms) {
        return (cell, record) -> {
            String value = terms.one(cell.text());
            if (!value.isEmpty()) {
                CellReader.put(record, path, value);
            }
        };
    }

    static CellReader terms(String path, Terms terms) {
        return (cell, record) -> CellReader.put(record, path, terms.many(cell.text()));
    }

    static CellReader yesNo(String path) {
        return (cell, record) -> CellReader.put(record, path, Boolean.parseBoolean(Terms.YES_NO.one(cell.text())));
    }

    static CellReader list(String path) {
        return (cell, record) -> CellReader.put(record, path,
                Arrays.stream(LIST.split(cell.text())).filter(s -> !s.isBlank()).toList());
    }

    /** A whole number, "5" or "5人"; a numeric cell must be whole. */
    static CellReader integer(String path) {
        return (cell, record) -> CellReader.put(record, path, integer(cell));
    }

    static CellReader decimal(String path) {
        return (cell, record) -> {
            if (cell.isNumber()) {
                CellReader.put(record, path, cell.number());
                return;
            }
            var m = DECIMAL.matcher(cell.text());
            if (!m.matches()) {
                throw new CellProblem("应为数字", "not a number");
            }
            CellReader.put(record, path, Double.parseDouble(m.group(1)));
        };
    }

    static CellReader ages() {
        return (cell, record) -> range(record, Ranges.ages(cell), "ageMin", "ageMax");
    }

    static CellReader wages() {
        return (cell, record) -> range(record, Ranges.wages(cell), "wageMin", "wageMax");
    }

    static CellReader minimumWage(String path) {
        return (cell, record) -> {
            Integer wage = Ranges.minimumWage(cell);
            if (wage != null) {
                CellReader.put(record, path, wage);
            }
        };
    }

    /** A township's name, or a place naming one of the gazetteer's townships ("三星镇工业园区" → 三星镇). */
    static CellReader township(String path, Gazetteer gazetteer) {
        return (cell, record) -> {
            String text = cell.text();
            List<String> named = gazetteer.townships().stream().filter(text::contains).toList();
            CellReader.put(record, path, gazetteer.centroid(text).isEmpty() && named.size() == 1 ? named.get(0) : text);
        };
    }

    private static void range(com.fasterxml.jackson.databind.node.ObjectNode record, Ranges.Range range,
                              String min, String max) {
        if (range.min() != null) {
            CellReader.put(record, min, range.min());
        }
        if (range.max() != null) {
            CellReader.put(record, max, range.max());
        }
    }

    private static int integer(Cell cell) {
        if (cell.isNumber()) {
            double value = cell.number();
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new CellProblem("应为整数", "not a whole number");
            }
            return (int) value;
        }
        var m = INTEGER.matcher(cell.text());
        if (!m.matches() || m.group(1).length() > 9) {
            throw new CellProblem("应为整数（如 5 或 5人）", "not a whole number");
        }
        return Integer.parseInt(m.group(1));
    }
}
