package org.jobmatch.domain;

/**
 * Masks personal data for display and export. Each method maps {@code null} to {@code null}, so it
 * can be applied to optional fields as they are. Lengths count code points, not UTF-16 units.
 */
public final class Masking {

    private static final int ID_HEAD = 6;
    private static final int ID_TAIL = 1;

    private Masking() {
    }

    /**
     * {@code 320614197906121245 -> 320614***********5}: the region stays, the birth date and sequence (which an age
     * or gender shown beside it would help rebuild) are hidden; numbers shorter than 15 are masked like phones.
     */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        return length(idNumber) >= 15 ? keepEnds(idNumber, ID_HEAD, ID_TAIL) : phone(idNumber);
    }

    /**
     * {@code 13812345678 -> 138****5678}: 11 or more characters keep the first 3 and the last 4;
     * 7 to 10 keep 2 and 2; 5 or 6 keep 1 and 1; shorter ones are masked entirely.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int n = length(phone);
        if (n >= 11) {
            return keepEnds(phone, 3, 4);
        }
        if (n >= 7) {
            return keepEnds(phone, 2, 2);
        }
        return n >= 5 ? keepEnds(phone, 1, 1) : keepEnds(phone, 0, 0);
    }

    /** For public screens: {@code 王秀英 -> 王*英}, {@code 张伟 -> 张*}, {@code 欧阳娜娜 -> 欧**娜};
     * a one-character name is masked entirely. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int n = length(name);
        if (n <= 1) {
            return keepEnds(name, 0, 0);
        }
        return n == 2 ? keepEnds(name, 1, 0) : keepEnds(name, 1, 1);
    }

    private static String keepEnds(String s, int head, int tail) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            boolean visible = i < head || i >= cps.length - tail;
            sb.appendCodePoint(visible ? cps[i] : '*');
        }
        return sb.toString();
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
