package org.jobmatch.reports;

import java.time.LocalDate;

import org.jobmatch.web.ApiException;

/** The days a report covers, both included. */
public record Period(LocalDate from, LocalDate to) {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    /** {@code to} defaults to today, {@code from} to the first day of {@code to}'s year (this year so far). */
    static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw invalid("开始日期晚于结束日期", "from is after to");
        }
        if (start.isBefore(FIRST) || end.isAfter(LAST)) {
            throw invalid("统计期间须在 2000 年至 2100 年之间", "the period must lie between 2000 and 2100");
        }
        return new Period(start, end);
    }

    boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The year of a yearly table (the plan): the period must lie within one. */
    int year() {
        if (from.getYear() != to.getYear()) {
            throw invalid("计划表按年度统计：开始和结束日期须在同一年", "the plan is yearly: from and to must be in one year");
        }
        return to.getYear();
    }

    private static ApiException invalid(String zh, String en) {
        return ApiException.badRequest("invalid-period", zh, en);
    }
}
