package org.jobmatch.matching.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.jobmatch.index.PersonDocument;
import org.jobmatch.matching.rules.HardRule;
import org.jobmatch.matching.rules.PersonCriterion;
import org.jobmatch.matching.rules.VacancyFacts;

/**
 * The hard rules as filters of the person index, one per rule, from each rule's {@link PersonCriterion}. Each
 * admits exactly the persons its rule admits, except travel: a person's own limit cannot be compared with a
 * distance in a filter, so persons are admitted by limit bands (a superset) and the rule itself decides after.
 */
public final class PersonFilters {

    private static final double[] DISTANCE_BANDS_KM = {0, 5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 500};

    private PersonFilters() {
    }

    /** Every rule's filter for persons who may be referred to the vacancy on {@code today}. */
    public static List<Query> all(VacancyFacts vacancy, LocalDate today) {
        List<Query> filters = new ArrayList<>();
        for (HardRule rule : HardRule.values()) {
            of(rule.admits(vacancy), today).ifPresent(filters::add);
        }
        return filters;
    }

    /** The filter of one criterion; none when it admits anyone. */
    public static Optional<Query> of(PersonCriterion criterion, LocalDate today) {
        if (criterion instanceof PersonCriterion.AgeBetween a) {
            // aged min..max today: born after today - (max + 1) years and no later than today - min years
            return Optional.of(Queries.dateBetween("birthDate", today.minusYears(a.max() + 1L), today.minusYears(a.min())));
        }
        if (criterion instanceof PersonCriterion.InGroups g && !g.groups().isEmpty()) {
            return Optional.of(Queries.terms("groups", g.groups().stream().map(Enum::name).toList()));
        }
        if (criterion instanceof PersonCriterion.TravelsTo t) {
            return Optional.of(withinTravelLimit(t));
        }
        if (criterion instanceof PersonCriterion.AcceptsWorkMode m) {
            return Optional.of(Queries.terms("workModes", List.of(PersonDocument.ANY_WORK_MODE, m.mode().name())));
        }
        if (criterion instanceof PersonCriterion.MinWageAtMost w) {
            return Optional.of(Query.of(q -> q.bool(b -> b.mustNot(Queries.atLeast("minWage", w.wage() + 1)))));
        }
        if (criterion instanceof PersonCriterion.StatusIn s) {
            return Optional.of(Queries.terms("employmentStatus", s.statuses().stream().map(Enum::name).toList()));
        }
        return Optional.empty();
    }

    private static Query withinTravelLimit(PersonCriterion.TravelsTo travel) {
        List<Query> bands = new ArrayList<>();
        bands.add(Queries.term("willingToMigrate", true, 1));
        for (int i = 0; i + 1 < DISTANCE_BANDS_KM.length; i++) {
            double lower = DISTANCE_BANDS_KM[i];
            double upper = DISTANCE_BANDS_KM[i + 1];
            bands.add(Query.of(q -> q.bool(b -> b.filter(Queries.atLeast("maxDistanceKm", lower))
                    .filter(Queries.within("location", travel.location(), upper)))));
        }
        return Query.of(q -> q.bool(b -> b.should(bands).minimumShouldMatch("1")));
    }
}
