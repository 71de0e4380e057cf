package org.jobmatch.index;

import java.time.LocalDate;
import java.util.Set;

import org.jobmatch.domain.GeoPoint;

/**
 * A person as indexed for job-fair shortlists. Holds no ID number, phone or name: those stay in the
 * ledger. {@code workModes} holds {@link #ANY_WORK_MODE} when the person accepts any. {@code terms} and
 * {@code concepts} (of the skills and wished jobs together) are searched; {@code skills} and {@code jobs}, the texts
 * themselves, are only stored, so that a shortlist profiles the person from them exactly as their recommendations do
 * (null in a document indexed before they were stored).
 */
public record PersonDocument(String id, String township, GeoPoint location, LocalDate birthDate, String gender,
                             Set<String> groups, String employmentStatus, Set<String> workModes,
                             double maxDistanceKm, boolean willingToMigrate, Integer minWage, String terms,
                             Set<String> concepts, String skills, String jobs) {

    public static final String ANY_WORK_MODE = "ANY";
}
