package org.jobmatch.batch;

import java.util.Collection;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;

/** Which persons a run covers: unemployed persons of {@code township} (any when null) in any of {@code groups} (any when empty). */
public record BatchFilter(String township, Set<AssistanceGroup> groups) {

    public BatchFilter {
        township = township == null || township.isBlank() ? null : township.strip();
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** A filter from a request's words: 400 ({@link org.jobmatch.web.ApiException}) for an unknown group. */
    public static BatchFilter of(String township, Collection<String> groups) {
        return new BatchFilter(township, BatchFilters.groups(groups));
    }

    public static BatchFilter everyone() {
        return new BatchFilter(null, Set.of());
    }
}
