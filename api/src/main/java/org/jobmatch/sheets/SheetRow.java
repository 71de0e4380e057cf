package org.jobmatch.sheets;

import java.util.List;

/** A non-empty row: its number as staff see it (1-based, as in Excel) and its cells by column (null: empty). */
record SheetRow(long number, List<Cell> cells) {

    Cell cell(int column) {
        Cell cell = column < cells.size() ? cells.get(column) : null;
        return cell == null ? Cell.text("") : cell;
    }

    int width() {
        return cells.size();
    }

    static boolean isBlank(List<Cell> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
