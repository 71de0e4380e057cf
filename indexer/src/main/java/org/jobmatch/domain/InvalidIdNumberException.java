package org.jobmatch.domain;

/** A resident ID number that fails GB 11643-1999; the message is the user-facing reason. */
public class InvalidIdNumberException extends IllegalArgumentException {

    /** Why a number was rejected; labels are shown to users and returned by the import. */
    public enum Reason {
        BLANK("身份证号为空 (must not be blank)"),
        LENGTH("长度应为18位 (must be 18 characters)"),
        FORMAT("格式错误：前17位应为数字，末位为数字或X (must be 17 digits followed by a digit or X)"),
        REGION("地区码无效 (invalid region code)"),
        BIRTH_DATE("出生日期无效 (invalid birth date)"),
        BIRTH_DATE_IN_FUTURE("出生日期晚于今天 (birth date in the future)"),
        BIRTH_DATE_BEFORE_1900("出生日期早于1900年 (birth date before 1900)"),
        CHECK_DIGIT("校验位错误 (check digit mismatch)");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Reason reason;

    public InvalidIdNumberException(Reason reason) {
        super(reason.label());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
