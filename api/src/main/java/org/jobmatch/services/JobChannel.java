package org.jobmatch.services;

/** How a person found work otherwise than through a placement recorded here. */
public enum JobChannel {
    ENTERPRISE("企业吸纳"),
    FLEXIBLE("灵活就业"),
    SELF_EMPLOYED("自主创业");

    private final String label;

    JobChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
