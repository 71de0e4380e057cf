package org.jobmatch.matching;

import java.util.List;

/** The job-fair shortlist of one vacancy, best candidate first; {@code note} explains a short one. */
public record Shortlist(String vacancyId, List<Candidate> candidates, String note) {
}
