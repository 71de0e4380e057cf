package org.jobmatch.sheets;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates as ledgers write them: a date cell, an Excel serial number (28653), "1979.6.12", "1979-06-12",
 * "1979/6/12", "1979年6月12日" (a time after it is ignored) or "19790612".
 */
final class Dates {

    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.0+)?");
    private static final CellProblem INVALID = new CellProblem(
            "日期无法识别：请写成 1979.6.12、1979-06-12 或设为日期格式", "not a date: write it as 1979-06-12");

    private Dates() {
    }

    static LocalDate parse(Cell cell) {
        if (cell.date()) {
            return LocalDate.parse(cell.text());
        }
        if (cell.isNumber()) {
            return number(cell.number());
        }
        String text = cell.text();
        Matcher m = SEPARATED.matcher(text);
        if (m.matches() || (m = COMPACT.matcher(text)).matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if (SERIAL.matcher(text).matches()) {
            return serial(Double.parseDouble(text));
        }
        throw INVALID;
    }

    /** 19790612 as a number, else an Excel serial day. */
    private static LocalDate number(double value) {
        long whole = (long) value;
        if (whole >= 10_000_000 && whole <= 99_999_999) {
            String digits = Long.toString(whole);
            return of(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6));
        }
        return serial(value);
    }

    private static LocalDate serial(double value) {
        if (!DateUtil.isValidExcelDate(value) || value < 1) {
            throw INVALID;
        }
        return DateUtil.getLocalDateTime(value, false).toLocalDate();
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw INVALID;
        }
    }
}
