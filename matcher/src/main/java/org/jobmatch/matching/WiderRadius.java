package org.jobmatch.matching;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.jobmatch.index.IndexKind;

/**
 * For a short list: how far the person would have to travel to be offered more. One aggregation over
 * rings beyond the current radius, with every other hard rule kept.
 */
final class WiderRadius {

    private static final double[] FACTORS = {1.5, 2, 3};

    record Hint(long radiusKm, long more) {
    }

    private WiderRadius() {
    }

    static Optional<Hint> find(ElasticsearchClient client, PersonProfile profile) throws IOException {
        if (profile.person().preferences().willingToMigrate()) {
            return Optional.empty();
        }
        double current = profile.person().preferences().maxDistanceKm();
        List<AggregationRange> rings = java.util.Arrays.stream(FACTORS)
                .mapToObj(f -> AggregationRange.of(r -> r.from(current).to(roundUp(current * f))))
                .toList();
        List<Query> filters = VacancyQueries.hardRules(profile, false);
        var response = client.search(s -> s.index(IndexKind.VACANCY.alias()).size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("rings", a -> a.geoDistance(g -> g.field("location")
                        .origin(Queries.location(profile.person().location()))
                        .unit(DistanceUnit.Kilometers).ranges(rings))), Void.class);
        for (RangeBucket ring : response.aggregations().get("rings").geoDistance().buckets().array()) {
            if (ring.docCount() > 0) {
                return Optional.of(new Hint(Math.round(ring.to()), ring.docCount()));
            }
        }
        return Optional.empty();
    }

    private static double roundUp(double km) {
        return Math.ceil(km / 5) * 5;
    }
}
