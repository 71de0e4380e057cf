package org.jobmatch.batch;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jobmatch.matching.scoring.Option;
import org.jobmatch.matching.Ranking;

/**
 * The vacancies each person of a run was referred to recently (at the counter, a fair, the kiosk or an earlier
 * run): a run gives them other jobs, never the same referral again.
 */
final class RecentReferrals {

    private final Map<String, Set<String>> byPerson;
    private final long days;

    RecentReferrals(Map<String, Set<String>> byPerson, long days) {
        this.byPerson = byPerson;
        this.days = days;
    }

    /** The person's options without the vacancies they were recently referred to. */
    List<Option> fresh(Ranking ranking) {
        Set<String> referred = byPerson.getOrDefault(ranking.personId(), Set.of());
        return referred.isEmpty() ? ranking.options()
                : ranking.options().stream().filter(o -> !referred.contains(o.vacancyId())).toList();
    }

    /** Why a person's list is short, when their recent referrals were held back; null otherwise. */
    String note(Ranking ranking, int given, int wanted) {
        int withheld = ranking.options().size() - fresh(ranking).size();
        if (withheld == 0 || given >= wanted) {
            return null;
        }
        return "近 " + days + " 天内已推荐过的 " + withheld + " 个岗位不再重复推荐";
    }
}
