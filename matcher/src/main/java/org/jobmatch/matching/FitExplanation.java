package org.jobmatch.matching;

import java.util.List;

import org.jobmatch.matching.rules.RuleCheck;
import org.jobmatch.matching.scoring.Factor;

/**
 * "Why (not) this job?": every hard rule with the values compared, the ranking factors with their
 * weights, and a summary in Chinese.
 */
public record FitExplanation(String personId, String vacancyId, boolean eligible, boolean recommended,
                             List<RuleCheck> rules, List<Factor> factors, double score, List<String> reasons,
                             String summary) {
}
