package org.jobmatch.audit;

/** What was done with personal data. */
public enum AuditAction {
    /** A person's record was opened (masked). */
    OPEN("查看记录"),
    /** A person's full ID number or phone was shown. */
    REVEAL("查看完整信息"),
    /** A file with persons' names was exported. */
    EXPORT("导出名单"),
    /** A person identified at a kiosk. */
    KIOSK_IDENTIFY("自助机身份验证");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
