package org.jobmatch.security;

/** The contract's roles. Township staff are limited to their own township; a kiosk to the kiosk's endpoints. */
public enum Role {
    ADMIN("管理员"),
    COUNTY_STAFF("县级工作人员"),
    TOWNSHIP_STAFF("乡镇工作人员"),
    FAIR_OPERATOR("招聘会操作员"),
    KIOSK("自助机设备");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
