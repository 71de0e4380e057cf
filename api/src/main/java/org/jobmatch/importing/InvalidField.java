package org.jobmatch.importing;

/** One field of one line failed validation; the line is rejected with this field and reason. */
final class InvalidField extends RuntimeException {

    private final String field;

    InvalidField(String field, String reasonZh, String reasonEn) {
        this(field, reasonZh + " (" + reasonEn + ")");
    }

    /** A reason already written as "中文 (English)". */
    InvalidField(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }

    String reason() {
        return getMessage();
    }
}
