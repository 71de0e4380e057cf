package org.jobmatch.services;

import java.util.List;

/** A person's "131" in a period: covered, partly (with what is missing) or not at all. */
public record Coverage(Status status, List<String> missing) {

    public enum Status {
        COVERED("已覆盖"),
        PARTLY("部分覆盖"),
        NOT_COVERED("未覆盖");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
