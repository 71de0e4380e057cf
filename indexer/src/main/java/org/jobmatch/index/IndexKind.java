package org.jobmatch.index;

/** The two indices, each read and written through an alias so a rebuild can swap in without downtime. */
public enum IndexKind {
    VACANCY("jobmatch-vacancies"),
    PERSON("jobmatch-persons");

    private final String alias;

    IndexKind(String alias) {
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }
}
