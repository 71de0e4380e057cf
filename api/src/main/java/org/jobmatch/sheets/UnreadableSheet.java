package org.jobmatch.sheets;

/** The file is no spreadsheet or CSV that can be read; the reason is in Chinese and English. */
final class UnreadableSheet extends RuntimeException {

    private final String reasonZh;

    UnreadableSheet(String reasonZh, String reasonEn, Throwable cause) {
        super(reasonEn, cause);
        this.reasonZh = reasonZh;
    }

    String reasonZh() {
        return reasonZh;
    }

    String reasonEn() {
        return getMessage();
    }
}
