package org.jobmatch.matching;

import java.util.List;

import org.jobmatch.index.VacancyDocument;

/** A vacancy scored for one person, with the factors behind the score and the reasons in Chinese. */
public record Scored(VacancyDocument vacancy, double distanceKm, double score, List<Factor> factors,
                     List<String> reasons) {
}
