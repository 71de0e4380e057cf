package org.jobmatch.matching;

import java.util.List;

/** One person on a vacancy's shortlist: no personal data beyond the ledger id, age and township. */
public record Candidate(int rank, String personId, int age, String township, double distanceKm, double score,
                        List<String> reasons) {
}
