package org.jobmatch.services;

/** How a service reached the person. */
public enum ServiceChannel {
    COUNTER("窗口"),
    PHONE("电话"),
    VISIT("上门"),
    FAIR("招聘会"),
    KIOSK("自助机"),
    ONLINE("线上"),
    OTHER("其他");

    private final String label;

    ServiceChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
