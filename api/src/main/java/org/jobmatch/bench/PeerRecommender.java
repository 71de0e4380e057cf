package org.jobmatch.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.VacancyDocument;
import org.jobmatch.matching.EmployerSpread;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.search.Queries;

/**
 * The naive way a peer would build recommendations, the bench's baseline: one Elasticsearch query per person,
 * the hard rules as filters and the person's words as relevance, its top 60 hits taken as they come, the best
 * three of different employers. Its answers are not the service's (it does not rank every eligible vacancy):
 * only its speed is compared.
 */
final class PeerRecommender {

    private static final int HITS = 60;

    private final ElasticsearchClient client;

    PeerRecommender(ElasticsearchClient client) {
        this.client = client;
    }

    List<String> recommend(PersonProfile p, int limit) throws IOException {
        var response = client.search(s -> s.index(IndexKind.VACANCY.alias()).size(HITS)
                .query(q -> q.bool(b -> b.filter(filters(p)).should(relevance(p)))), VacancyDocument.class);
        List<VacancyDocument> hits = response.hits().hits().stream().map(Hit::source).toList();
        return EmployerSpread.pick(hits, limit, VacancyDocument::employer).stream().map(VacancyDocument::id).toList();
    }

    private static List<Query> filters(PersonProfile p) {
        Person person = p.person();
        Preferences pref = person.preferences();
        LocalDate today = p.today();
        List<Query> filters = new ArrayList<>();
        filters.add(Queries.atLeast("openings", 1));
        filters.add(Query.of(q -> q.bool(b -> b.mustNot(Queries.dateBefore("validUntil", today)))));
        filters.add(Queries.atMost("ageMin", p.age()));
        filters.add(Queries.atLeast("ageMax", p.age()));
        List<String> groups = new ArrayList<>(person.groups().stream().map(Enum::name).toList());
        groups.add(VacancyDocument.ANY_GROUP);
        filters.add(Queries.terms("eligibleGroups", groups));
        if (!pref.willingToMigrate()) {
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

    private static List<Query> relevance(PersonProfile p) {
        List<Query> should = new ArrayList<>();
        if (!p.concepts().isEmpty()) {
            List<FieldValue> concepts = p.concepts().stream().map(FieldValue::of).toList();
            should.add(Query.of(q -> q.terms(t -> t.field("titleConcepts").terms(v -> v.value(concepts)).boost(6f))));
        }
        if (!p.words().isEmpty()) {
            should.add(Query.of(q -> q.match(m -> m.field("terms").query(String.join(" ", p.words())))));
        }
        should.add(Query.of(q -> q.distanceFeature(d -> d.geo(g -> g.field("location")
                .origin(Queries.location(p.person().location())).pivot("15km")))));
        return should;
    }
}
