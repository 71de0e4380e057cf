package org.jobmatch.batch;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Gazetteer;
import org.jobmatch.web.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a run's filter before it is created: a township of the county (the gazetteer's, or one the ledger's persons
 * live in) and known groups; anything else is a 400 listing the valid values (not repeating the one given).
 */
@Component
class BatchFilters {

    private final Gazetteer gazetteer;
    private final JdbcTemplate jdbc;

    BatchFilters(Gazetteer gazetteer, JdbcTemplate jdbc) {
        this.gazetteer = gazetteer;
        this.jdbc = jdbc;
    }

    void check(BatchFilter filter) {
        if (filter.township() == null || gazetteer.townships().contains(filter.township())) {
            return;
        }
        Set<String> known = new TreeSet<>(gazetteer.townships());
        known.addAll(jdbc.queryForList("SELECT DISTINCT township FROM persons WHERE township IS NOT NULL", String.class));
        if (!known.contains(filter.township())) {
            String valid = String.join("、", known);
            throw ApiException.badRequest("unknown-township",
                    "未知的乡镇（街道）；可选: " + valid, "unknown township; valid: " + String.join(", ", known));
        }
    }

    /** Groups by their names (case and spaces ignored); 400 for a name that is not a group. */
    static Set<AssistanceGroup> groups(Collection<String> names) {
        Set<AssistanceGroup> groups = EnumSet.noneOf(AssistanceGroup.class);
        for (String name : names == null ? Set.<String>of() : names) {
            String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            groups.add(EnumSet.allOf(AssistanceGroup.class).stream().filter(g -> g.name().equals(wanted)).findFirst()
                    .orElseThrow(BatchFilters::unknownGroup));
        }
        return groups;
    }

    /** The problem names the valid groups, never the value given (it can be anything a client sent). */
    private static ApiException unknownGroup() {
        String zh = EnumSet.allOf(AssistanceGroup.class).stream().map(g -> g.name() + "（" + g.label() + "）")
                .collect(Collectors.joining("、"));
        String en = EnumSet.allOf(AssistanceGroup.class).stream().map(Enum::name).collect(Collectors.joining(", "));
        return ApiException.badRequest("unknown-group", "未知的帮扶类别；可选: " + zh, "unknown group; valid: " + en);
    }
}
