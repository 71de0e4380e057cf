package org.jobmatch.batch;

import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;

/** Which persons a run covers: unemployed persons of {@code township} (any when null) in any of {@code groups} (any when empty). */
public record BatchFilter(String township, Set<AssistanceGroup> groups) {

    public BatchFilter {
        township = township == null || township.isBlank() ? null : township.strip();
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    public static BatchFilter everyone() {
        return new BatchFilter(null, Set.of());
    }
}
