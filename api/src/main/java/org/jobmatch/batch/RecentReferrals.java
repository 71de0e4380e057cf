package org.jobmatch.batch;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The vacancies each person of a run was referred to recently (at the counter, a fair, the kiosk or an earlier
 * run): a run gives them other jobs, never the same referral again.
 */
final class RecentReferrals {

    private final Map<String, Set<String>> byPerson;

    RecentReferrals(Map<String, Set<String>> byPerson) {
        this.byPerson = byPerson;
    }

    /** The positions of the person's options that were not referred recently and are still open. */
    int[] freshAndOpen(OptionsCodec.Ranked person, Predicate<String> open) {
        Set<String> referred = byPerson.getOrDefault(person.personId(), Set.of());
        return IntStream.range(0, person.options().size()).filter(i -> {
            String vacancy = person.options().get(i).vacancyId();
            return !referred.contains(vacancy) && open.test(vacancy);
        }).toArray();
    }

    /** How many of the person's options were held back as recent referrals. */
    int withheld(OptionsCodec.Ranked person) {
        Set<String> referred = byPerson.getOrDefault(person.personId(), Set.of());
        return referred.isEmpty() ? 0
                : (int) person.options().stream().filter(o -> referred.contains(o.vacancyId())).count();
    }

    /** Why a person's list is short, when their recent referrals were held back; null otherwise. */
    static String note(long days, int withheld, int given, int wanted) {
        if (withheld == 0 || given >= wanted) {
            return null;
        }
        return "近 " + days + " 天内已推荐过的 " + withheld + " 个岗位不再重复推荐";
    }
}
