package org.jobmatch.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A township form as the API, the page and the workbook show it: its columns in the form's order, one row per
 * township (and, where the form has them, per village), and the county total computed apart by the database.
 */
record ReportTable(String report, String title, LocalDate from, LocalDate to, String township,
                   List<Column> columns, List<Row> rows, Row total, Map<String, Object> settings) {

    /**
     * {@code no}: the column's number on the form; {@code group}: the heading over it, if any; {@code persons}: whether
     * the figure counts persons (or their services), so that it opens the list of them.
     */
    record Column(String key, int no, String name, String group, String unit, boolean persons) {
    }

    /** {@code village} is null on a township's row (and the total's); {@code values} follow the columns. */
    record Row(String township, String village, List<Number> values) {
    }
}
