package org.jobmatch.domain;

/** Where a vacancy comes from (contract field {@code source}). */
public enum VacancySource {
    ENTERPRISE("企业岗位"),
    WORKSHOP("就业帮扶车间"),
    WELFARE_POST("公益性岗位"),
    FLEXIBLE("灵活就业/零工");

    private final String label;

    VacancySource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
