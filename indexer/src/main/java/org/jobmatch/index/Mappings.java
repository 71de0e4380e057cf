package org.jobmatch.index;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * Explicit mappings. Text arrives already analysed (Java chain), so text fields only split on
 * whitespace; concept keys and enums are keywords; display-only fields are not indexed.
 */
final class Mappings {

    private Mappings() {
    }

    static TypeMapping of(IndexKind kind) {
        return kind == IndexKind.VACANCY ? vacancy() : person();
    }

    private static TypeMapping vacancy() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("id", p -> p.keyword(k -> k))
                .properties("source", p -> p.keyword(k -> k))
                .properties("employer", p -> p.keyword(k -> k))
                .properties("title", p -> p.keyword(k -> k.index(false)))
                .properties("description", p -> p.text(t -> t.index(false)))
                .properties("skills", p -> p.keyword(k -> k.index(false)))
                .properties("township", p -> p.keyword(k -> k))
                .properties("location", p -> p.geoPoint(g -> g))
                .properties("ageMin", p -> p.integer(i -> i))
                .properties("ageMax", p -> p.integer(i -> i))
                .properties("openings", p -> p.integer(i -> i))
                .properties("wageMin", p -> p.integer(i -> i))
                .properties("wageMax", p -> p.integer(i -> i))
                .properties("workMode", p -> p.keyword(k -> k))
                .properties("accessible", p -> p.boolean_(b -> b))
                .properties("eligibleGroups", p -> p.keyword(k -> k))
                .properties("validUntil", p -> p.date(d -> d.format("yyyy-MM-dd")))
                .properties("contactName", p -> p.keyword(k -> k.index(false)))
                .properties("contactPhone", p -> p.keyword(k -> k.index(false)))
                .properties("titleTerms", p -> p.text(t -> t.analyzer("whitespace")))
                .properties("terms", p -> p.text(t -> t.analyzer("whitespace")))
                .properties("titleConcepts", p -> p.keyword(k -> k))
                .properties("concepts", p -> p.keyword(k -> k))
                .properties("lowThreshold", p -> p.boolean_(b -> b)));
    }

    private static TypeMapping person() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("id", p -> p.keyword(k -> k))
                .properties("township", p -> p.keyword(k -> k))
                .properties("location", p -> p.geoPoint(g -> g))
                .properties("birthDate", p -> p.date(d -> d.format("yyyy-MM-dd")))
                .properties("gender", p -> p.keyword(k -> k))
                .properties("groups", p -> p.keyword(k -> k))
                .properties("employmentStatus", p -> p.keyword(k -> k))
                .properties("workModes", p -> p.keyword(k -> k))
                .properties("maxDistanceKm", p -> p.double_(d -> d))
                .properties("willingToMigrate", p -> p.boolean_(b -> b))
                .properties("minWage", p -> p.integer(i -> i))
                .properties("terms", p -> p.text(t -> t.analyzer("whitespace")))
                .properties("concepts", p -> p.keyword(k -> k))
                .properties("skills", p -> p.text(t -> t.index(false)))
                .properties("jobs", p -> p.text(t -> t.index(false))));
    }
}
