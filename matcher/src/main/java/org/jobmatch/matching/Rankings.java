package org.jobmatch.matching;

import java.util.List;
import java.util.Map;

import org.jobmatch.matching.pool.VacancyPool;

/**
 * The outcome of ranking many persons against one view of the vacancy pool: their rankings, in the order asked,
 * and the persons whose ranking failed (person id to reason).
 */
public record Rankings(List<Ranking> rankings, Map<String, String> failures, VacancyPool.View view) {
}
