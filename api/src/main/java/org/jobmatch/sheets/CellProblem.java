package org.jobmatch.sheets;

/** A cell that cannot be read as its column says; the row is rejected with this reason and the cell's column. */
final class CellProblem extends RuntimeException {

    CellProblem(String reasonZh, String reasonEn) {
        super(reasonZh + " (" + reasonEn + ")", null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
