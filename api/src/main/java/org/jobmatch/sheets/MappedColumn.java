package org.jobmatch.sheets;

/**
 * A column of the sheet, its header and the field it was mapped to ({@code field} null: not imported), and why:
 * a header ledgers use, one the office mapped before, one chosen for this upload, a header not known, a second
 * column for a field already taken, or a column staff chose to ignore.
 */
record MappedColumn(int column, String letter, String header, String field, Origin origin) {

    enum Origin { BUILT_IN, REMEMBERED, CHOSEN, UNKNOWN, DUPLICATE, IGNORED }

    boolean imported() {
        return field != null;
    }
}
