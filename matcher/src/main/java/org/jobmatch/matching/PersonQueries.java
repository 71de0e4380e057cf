package org.jobmatch.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.index.PersonDocument;
import org.jobmatch.index.VacancyDocument;

/**
 * A vacancy as a person query. Each person has their own travel limit, which a filter cannot compare
 * with the distance directly: persons are admitted by limit bands (a superset), and the exact rule is
 * applied in Java afterwards.
 */
final class PersonQueries {

    private static final double[] DISTANCE_BANDS_KM = {0, 5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 500};

    private PersonQueries() {
    }

    static Query candidates(Vacancy vacancy, VacancyDocument document, LocalDate today) {
        List<Query> filters = new ArrayList<>();
        filters.add(Queries.terms("employmentStatus", List.of("UNEMPLOYED", "FLEXIBLE")));
        // Age within [min, max] today means born after today - (max + 1) years and no later than today - min years.
        filters.add(Queries.dateBetween("birthDate", today.minusYears(vacancy.effectiveAgeMax() + 1L),
                today.minusYears(vacancy.effectiveAgeMin())));
        if (!vacancy.effectiveEligibleGroups().isEmpty()) {
            filters.add(Queries.terms("groups", vacancy.effectiveEligibleGroups().stream().map(Enum::name).toList()));
        }
        filters.add(Queries.terms("workModes", List.of(PersonDocument.ANY_WORK_MODE, vacancy.workMode().name())));
        if (vacancy.wageMax() != null) {
            filters.add(Query.of(q -> q.bool(b -> b.mustNot(Queries.atLeast("minWage", vacancy.wageMax() + 1)))));
        }
        filters.add(withinTravelLimit(vacancy));
        List<Query> should = new ArrayList<>();
        if (!document.concepts().isEmpty()) {
            should.add(Queries.terms("concepts", document.titleConcepts(), 6));
            should.add(Queries.terms("concepts", document.concepts(), 3));
        }
        if (!document.terms().isBlank()) {
            should.add(Query.of(q -> q.match(m -> m.field("terms").query(document.terms()).operator(Operator.Or))));
        }
        return Query.of(q -> q.functionScore(fs -> fs
                .query(inner -> inner.bool(b -> b.filter(filters).should(should)))
                .functions(f -> f.gauss(g -> g.geo(geo -> geo.field("location").placement(p -> p
                        .origin(Queries.location(vacancy.location())).scale("15km").decay(0.5)))).weight(3.0))));
    }

    private static Query withinTravelLimit(Vacancy vacancy) {
        List<Query> bands = new ArrayList<>();
        bands.add(Queries.term("willingToMigrate", true, 1));
        for (int i = 0; i + 1 < DISTANCE_BANDS_KM.length; i++) {
            double lower = DISTANCE_BANDS_KM[i];
            double upper = DISTANCE_BANDS_KM[i + 1];
            bands.add(Query.of(q -> q.bool(b -> b.filter(Queries.atLeast("maxDistanceKm", lower))
                    .filter(Queries.within("location", vacancy.location(), upper)))));
        }
        return Query.of(q -> q.bool(b -> b.should(bands).minimumShouldMatch("1")));
    }
}
