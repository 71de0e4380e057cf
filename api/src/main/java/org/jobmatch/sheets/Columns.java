package org.jobmatch.sheets;

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
final class Columns {

    private Columns() {
    }

    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The column of a letter (or of a cell reference such as "C12"); -1 when there is none. */
    static int index(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return i == 0 ? -1 : column - 1;
    }
}
