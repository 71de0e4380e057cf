package org.jobmatch.sheets;

/**
 * One cell as read: {@code text} as the sheet shows it (numbers formatted as Excel would); {@code number} the
 * stored value of a numeric cell (null for text, and always for CSV); {@code date} when its format is a date's.
 */
record Cell(String text, Double number, boolean date) {

    static Cell text(String text) {
        return new Cell(text == null ? "" : text.strip(), null, false);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    boolean isNumber() {
        return number != null;
    }
}
