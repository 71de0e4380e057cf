package org.jobmatch.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jobmatch.web.ApiException;

/** What the forms share: their refusals and percentages. */
final class Reports {

    private Reports() {
    }

    /** A person behind a figure, with what about them the figure counts (what their "131" lacks …), if anything. */
    record Hit(String personId, String detail) {
    }

    static ApiException unknownColumn(String key) {
        return ApiException.badRequest("unknown-column", "报表没有这一栏：" + shorten(key),
                "the report has no such column");
    }

    static ApiException notPersons(String key) {
        return ApiException.badRequest("not-a-person-figure", "这一栏统计的不是人员（招聘会、岗位），没有人员名单",
                "the column counts fairs or posts, not persons: it has no list of persons");
    }

    /** {@code part} of {@code whole} in percent, one decimal; 100 % of nobody. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.valueOf(1000, 1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static String shorten(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}
