package org.jobmatch.kiosk;

import java.io.IOException;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jobmatch.domain.Gazetteer;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.VacancyDocument;
import org.jobmatch.indexing.ShortTimeout;
import org.jobmatch.web.ApiException;
import org.jobmatch.web.SearchUnavailableException;
import org.springframework.stereotype.Component;

/**
 * Open jobs near a township for anyone at the kiosk, nearest first, optionally of one job type (a title concept).
 * Someone stands at the screen: the searches fail fast (503) when Elasticsearch is down or hangs.
 */
@Component
class NearbyJobs {

    private static final int MAX_TYPES = 24;

    private final ElasticsearchClient client;
    private final Gazetteer gazetteer;
    private final KioskProperties properties;
    private final Clock clock;

    NearbyJobs(@ShortTimeout ElasticsearchClient client, Gazetteer gazetteer, KioskProperties properties, Clock clock) {
        this.client = client;
        this.gazetteer = gazetteer;
        this.properties = properties;
        this.clock = clock;
    }

    record JobType(String type, long count) {
    }

    record Found(String township, String type, List<JobCard> jobs) {
    }

    /** The county's townships in pinyin order. */
    List<String> townships() {
        List<String> names = new ArrayList<>(gazetteer.townships());
        names.sort(Collator.getInstance(Locale.CHINA));
        return names;
    }

    List<JobType> types(String township) {
        List<Query> filters = openNear(centre(township));
        try {
            var response = client.search(s -> s.index(IndexKind.VACANCY.alias()).size(0)
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .aggregations("types", a -> a.terms(t -> t.field("titleConcepts").size(MAX_TYPES))),
                    VacancyDocument.class);
            return response.aggregations().get("types").sterms().buckets().array().stream()
                    .map(b -> new JobType(b.key().stringValue(), b.docCount())).toList();
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    Found jobs(String township, String type, int limit) {
        GeoPoint centre = centre(township);
        List<Query> filters = openNear(centre);
        if (type != null && !type.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("titleConcepts").value(type))));
        }
        try {
            var response = client.search(s -> s.index(IndexKind.VACANCY.alias()).size(limit)
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .sort(so -> so.geoDistance(g -> g.field("location").location(location(centre))
                            .order(SortOrder.Asc).unit(DistanceUnit.Kilometers))), VacancyDocument.class);
            List<JobCard> jobs = response.hits().hits().stream().map(Hit::source)
                    .map(d -> JobCard.of(d, centre.distanceKm(d.location()))).toList();
            return new Found(township, type, jobs);
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private List<Query> openNear(GeoPoint centre) {
        String today = LocalDate.now(clock).toString();
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field("openings").gte(1.0)))));
        filters.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.range(r -> r.date(d -> d.field("validUntil").lt(today)))))));
        filters.add(Query.of(q -> q.geoDistance(g -> g.field("location").location(location(centre))
                .distance(properties.browseRadiusKm() + "km"))));
        return filters;
    }

    private GeoPoint centre(String township) {
        return gazetteer.centroid(township).orElseThrow(() -> ApiException.badRequest("unknown-township",
                "未知的乡镇（街道）: " + township, "unknown township: " + township));
    }

    private static GeoLocation location(GeoPoint p) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(p.lat()).lon(p.lon())));
    }
}
