package org.jobmatch.matching;

import java.util.List;

/** The contract's recommendation response; {@code note} explains an empty or short list. */
public record Recommendations(String personId, List<Recommendation> recommendations, String note) {
}
