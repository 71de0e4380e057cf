package org.jobmatch.domain;

/** One row of a gazetteer file; {@code source} is file and line, for error messages. */
record TownshipCentroid(String county, String township, GeoPoint location, String source) {
}
