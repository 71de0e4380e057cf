package org.jobmatch.domain;

public enum EmploymentStatus {
    UNEMPLOYED("未就业"),
    FLEXIBLE("灵活就业"),
    EMPLOYED("已就业"),
    NOT_SEEKING("暂无就业意愿");

    private final String label;

    EmploymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rule 7: employed persons and those not seeking work get no recommendations. */
    public boolean seeksWork() {
        return this == UNEMPLOYED || this == FLEXIBLE;
    }
}
