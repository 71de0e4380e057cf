package org.jobmatch.index;

import java.time.LocalDate;
import java.util.Set;

import org.jobmatch.domain.GeoPoint;

/**
 * A person as indexed for job-fair shortlists. Holds no ID number, phone or name: those stay in the
 * ledger. {@code workModes} holds {@link #ANY_WORK_MODE} when the person accepts any; {@code licenceClasses} are the
 * driving licence classes the skills say they hold (null in a document indexed before the field existed).
 */
public record PersonDocument(String id, String township, GeoPoint location, LocalDate birthDate, String gender,
                             Set<String> groups, String employmentStatus, Set<String> workModes,
                             double maxDistanceKm, boolean willingToMigrate, Integer minWage, String terms,
                             Set<String> concepts, Set<String> licenceClasses) {

    public static final String ANY_WORK_MODE = "ANY";
}
