package org.jobmatch.matching.rules;

import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.WorkMode;

/** Which persons a hard rule admits to one vacancy, in plain terms a search can filter by. */
public sealed interface PersonCriterion {

    /** No limit from this rule. */
    record Anyone() implements PersonCriterion {
    }

    /** Aged {@code min} to {@code max} years (inclusive) on the day. */
    record AgeBetween(int min, int max) implements PersonCriterion {
    }

    /** In one of these groups; no limit when empty. */
    record InGroups(Set<AssistanceGroup> groups) implements PersonCriterion {
    }

    /** Willing to migrate, or living within their own travel limit of this point. */
    record TravelsTo(GeoPoint location) implements PersonCriterion {
    }

    /** Accepting this work mode (or any). */
    record AcceptsWorkMode(WorkMode mode) implements PersonCriterion {
    }

    /** Asking at most this monthly wage (or nothing). */
    record MinWageAtMost(int wage) implements PersonCriterion {
    }

    /** In one of these employment statuses. */
    record StatusIn(Set<EmploymentStatus> statuses) implements PersonCriterion {
    }
}
