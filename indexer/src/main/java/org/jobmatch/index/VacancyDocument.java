package org.jobmatch.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jobmatch.domain.GeoPoint;

/**
 * A vacancy as indexed: defaults applied (age band, eligible groups, work mode) so every hard rule is a
 * plain filter, and text analysed in Java into whitespace-separated terms and concept keys.
 * {@code eligibleGroups} holds {@link #ANY_GROUP} when anyone may be referred.
 */
public record VacancyDocument(String id, String source, String employer, String title, String description,
                              List<String> skills, String township, GeoPoint location, int ageMin, int ageMax,
                              int openings, Integer wageMin, Integer wageMax, String workMode, boolean accessible,
                              Set<String> eligibleGroups, LocalDate validUntil, String contactName,
                              String contactPhone, String titleTerms, String terms, Set<String> titleConcepts,
                              Set<String> concepts, boolean lowThreshold) {

    public static final String ANY_GROUP = "ANY";
}
