package org.jobmatch.sheets;

import java.util.Locale;

/**
 * Headers as compared: without spaces, line breaks, required-marks (*) and a trailing colon, with full-width
 * brackets as ASCII ones. "身份证号码（18位）" also matches as "身份证号码".
 */
final class HeaderText {

    private HeaderText() {
    }

    static String normalise(String header) {
        String text = header.replaceAll("[\\s\\u3000*＊:：]", "")
                .replace('（', '(').replace('）', ')').replace('【', '(').replace('】', ')')
                .replace('［', '(').replace('］', ')');
        return text.toLowerCase(Locale.ROOT);
    }

    /** The header without a bracketed remark: "所在镇(街道)" → "所在镇"; null when there is none to strip. */
    static String withoutRemark(String normalised) {
        String stripped = normalised.replaceAll("\\([^)]*\\)", "");
        return stripped.equals(normalised) || stripped.isEmpty() ? null : stripped;
    }
}
