package org.jobmatch.domain;

public enum WorkMode {
    FULL_TIME("全职"),
    PART_TIME("兼职"),
    SEASONAL("季节性"),
    FLEXIBLE("灵活");

    private final String label;

    WorkMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
