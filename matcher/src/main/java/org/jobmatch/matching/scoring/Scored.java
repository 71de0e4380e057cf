package org.jobmatch.matching.scoring;

import java.util.List;

import org.jobmatch.matching.profile.VacancyProfile;

/** A vacancy scored for one person, with the factors behind the score and the reasons in Chinese. */
public record Scored(VacancyProfile vacancy, double distanceKm, double score, List<Factor> factors,
                     List<String> reasons) {
}
