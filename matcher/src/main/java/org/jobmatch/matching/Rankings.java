package org.jobmatch.matching;

import java.util.List;
import java.util.Map;

/**
 * The outcome of ranking many persons: their rankings, in the order asked, and the persons whose search
 * failed (person id to reason). {@code distinctQueries}: persons with identical queries count once;
 * {@code searched}: how many of those went to Elasticsearch (the others were decided in Java), {@code restricted}
 * of them as a search filtered to the few vacancies Java showed the hits are among;
 * {@code shortcutTrusted}: whether the Java scoring agreed with Elasticsearch on the checked sample;
 * {@code widerRadius}: where a short list's hint is counted (the run's own index of the vacancies).
 */
public record Rankings(List<Ranking> rankings, Map<String, String> failures, int distinctQueries, int searched,
                       int restricted, boolean shortcutTrusted, WiderRadius.Source widerRadius) {
}
