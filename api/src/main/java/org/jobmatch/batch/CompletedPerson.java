package org.jobmatch.batch;

import java.util.List;

import org.jobmatch.matching.Recommendation;

/** A person finished in a run: their result line, the referrals to record, and the allocation's measures. */
record CompletedPerson(String personId, boolean failed, String resultLine, List<Recommendation> referrals,
                       double scoreGivenUp, boolean capRelaxed) {
}
