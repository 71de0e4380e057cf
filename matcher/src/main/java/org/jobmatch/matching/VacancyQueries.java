package org.jobmatch.matching;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.index.VacancyDocument;

/**
 * A person's profile as one vacancy query: every hard rule of the contract is a filter; the should
 * clauses and the distance decay approximate the Java ranking well enough to pick its candidates.
 */
final class VacancyQueries {

    private static final double DECAY_WEIGHT = 3;

    private VacancyQueries() {
    }

    static Query recommend(PersonProfile profile) {
        List<Query> filters = hardRules(profile, true);
        Query scored = Query.of(q -> q.bool(b -> b.filter(filters).should(preferences(profile))));
        return Query.of(q -> q.functionScore(fs -> fs.query(scored)
                .functions(f -> f.gauss(g -> g.geo(geo -> geo.field("location").placement(p -> p
                        .origin(Queries.location(profile.person().location())).scale("15km").decay(0.5))))
                        .weight(DECAY_WEIGHT))
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)));
    }

    /** The contract's hard rules 1-6 as filters (rule 7 is decided before any query is made). */
    static List<Query> hardRules(PersonProfile profile, boolean withDistance) {
        Person person = profile.person();
        Preferences pref = person.preferences();
        List<Query> filters = new ArrayList<>();
        filters.add(Queries.atLeast("openings", 1));
        filters.add(Query.of(q -> q.bool(b -> b.mustNot(Queries.dateBefore("validUntil", profile.today())))));
        filters.add(Queries.atMost("ageMin", profile.age()));
        filters.add(Queries.atLeast("ageMax", profile.age()));
        List<String> groups = new ArrayList<>(person.groups().stream().map(Enum::name).toList());
        groups.add(VacancyDocument.ANY_GROUP);
        filters.add(Queries.terms("eligibleGroups", groups));
        if (withDistance && !pref.willingToMigrate()) {
            filters.add(Queries.within("location", person.location(), pref.maxDistanceKm()));
        }
        if (!pref.workModes().isEmpty()) {
            filters.add(Queries.terms("workMode", pref.workModes().stream().map(Enum::name).toList()));
        }
        if (pref.minWage() != null) {
            filters.add(Query.of(q -> q.bool(b -> b.mustNot(Queries.below("wageMax", pref.minWage())))));
        }
        return filters;
    }

    private static List<Query> preferences(PersonProfile profile) {
        List<Query> should = new ArrayList<>();
        if (!profile.concepts().isEmpty()) {
            should.add(Queries.terms("titleConcepts", profile.concepts(), 6));
            should.add(Queries.terms("concepts", profile.concepts(), 3));
        }
        if (!profile.terms().isEmpty()) {
            should.add(Query.of(q -> q.match(m -> m.field("terms").query(profile.terms()).operator(Operator.Or))));
        }
        if (!profile.hasStatedSkills()) {
            should.add(Queries.term("lowThreshold", true, 3));
        }
        if (profile.isHardToEmploy()) {
            should.add(Queries.terms("source", List.of("WELFARE_POST", "WORKSHOP"), 2));
        }
        if (profile.in(AssistanceGroup.DISABLED)) {
            should.add(Queries.term("accessible", true, 2));
        }
        return should;
    }
}
