package org.jobmatch.matching;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.apache.lucene.util.SloppyMath;
import org.jobmatch.index.IndexKind;

/**
 * For a short list: how far the person would have to travel to be offered more. Rings beyond the current
 * radius, with every other hard rule kept: one aggregation in Elasticsearch, or the same count in a
 * batch's {@link LocalIndex}, measured as the aggregation measures (Lucene's haversine in metres from the
 * origin to the quantised point, divided by 1000).
 */
final class WiderRadius {

    private static final double[] FACTORS = {1.5, 2, 3};

    record Hint(long radiusKm, long more) {
    }

    /** Where hints come from. */
    interface Source {
        Optional<Hint> find(PersonProfile profile) throws IOException;
    }

    private WiderRadius() {
    }

    static Optional<Hint> find(ElasticsearchClient client, PersonProfile profile) throws IOException {
        if (profile.person().preferences().willingToMigrate()) {
            return Optional.empty();
        }
        double current = profile.person().preferences().maxDistanceKm();
        double[] ends = ringEnds(current);
        List<AggregationRange> rings = Arrays.stream(ends)
                .mapToObj(end -> AggregationRange.of(r -> r.from(current).to(end)))
                .toList();
        List<Query> filters = VacancyQueries.hardRules(profile, false);
        var response = client.search(s -> s.index(IndexKind.VACANCY.alias()).size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("rings", a -> a.geoDistance(g -> g.field("location")
                        .origin(Queries.location(profile.person().location()))
                        .unit(DistanceUnit.Kilometers).ranges(rings))), Void.class);
        long[] counts = response.aggregations().get("rings").geoDistance().buckets().array().stream()
                .mapToLong(RangeBucket::docCount).toArray();
        return firstRingWithMore(ends, counts);
    }

    /**
     * The same hint as {@link #find(ElasticsearchClient, PersonProfile)} when {@code index} holds what is
     * indexed: its filters are the search's, its locations the quantised doc values the aggregation reads.
     */
    static Optional<Hint> find(LocalIndex index, PersonProfile profile) {
        if (profile.person().preferences().willingToMigrate()) {
            return Optional.empty();
        }
        Seeker seeker = Seeker.of(profile, index);
        double current = profile.person().preferences().maxDistanceKm();
        double[] ends = ringEnds(current);
        long[] counts = new long[ends.length];
        for (int doc = 0; doc < index.size(); doc++) {
            if (seeker.admits(doc) && seeker.paidEnough(index.wageMax[doc])) {
                double km = SloppyMath.haversinMeters(seeker.lat(), seeker.lon(), index.lat[doc], index.lon[doc])
                        / 1000.0;
                for (int i = 0; i < ends.length; i++) {
                    counts[i] += km >= current && km < ends[i] ? 1 : 0;
                }
            }
        }
        return firstRingWithMore(ends, counts);
    }

    /** The first ring (they all start at the current radius, so each holds the one before) with vacancies. */
    private static Optional<Hint> firstRingWithMore(double[] ends, long[] counts) {
        for (int i = 0; i < ends.length; i++) {
            if (counts[i] > 0) {
                return Optional.of(new Hint(Math.round(ends[i]), counts[i]));
            }
        }
        return Optional.empty();
    }

    private static double[] ringEnds(double currentKm) {
        return Arrays.stream(FACTORS).map(f -> Math.ceil(currentKm * f / 5) * 5).toArray();
    }
}
