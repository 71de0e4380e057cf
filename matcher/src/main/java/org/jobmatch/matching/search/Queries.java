package org.jobmatch.matching.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.jobmatch.domain.GeoPoint;

/** Small typed query pieces shared by the vacancy and person queries. */
public final class Queries {

    private Queries() {
    }

    public static Query terms(String field, Collection<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    public static Query terms(String field, Collection<String> values, float boost) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues)).boost(boost)));
    }

    public static Query term(String field, String value, float boost) {
        return Query.of(q -> q.term(t -> t.field(field).value(value).boost(boost)));
    }

    public static Query term(String field, boolean value, float boost) {
        return Query.of(q -> q.term(t -> t.field(field).value(value).boost(boost)));
    }

    public static Query atLeast(String field, double min) {
        return Query.of(q -> q.range(r -> r.number(n -> n.field(field).gte(min))));
    }

    public static Query atMost(String field, double max) {
        return Query.of(q -> q.range(r -> r.number(n -> n.field(field).lte(max))));
    }

    public static Query below(String field, double bound) {
        return Query.of(q -> q.range(r -> r.number(n -> n.field(field).lt(bound))));
    }

    public static Query dateBefore(String field, LocalDate day) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).lt(day.toString()))));
    }

    public static Query dateBetween(String field, LocalDate fromExclusive, LocalDate toInclusive) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field)
                .gt(fromExclusive.toString()).lte(toInclusive.toString()))));
    }

    public static Query within(String field, GeoPoint origin, double km) {
        return Query.of(q -> q.geoDistance(g -> g.field(field).location(location(origin)).distance(km + "km")));
    }

    public static GeoLocation location(GeoPoint point) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(point.lat()).lon(point.lon())));
    }
}
