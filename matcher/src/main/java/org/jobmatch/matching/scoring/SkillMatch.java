package org.jobmatch.matching.scoring;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;

/**
 * What a person's skills and wishes share with a vacancy's text: a concept of its title (their own trade, or one
 * their trade implies: a carpenter and a builder's labourer), an occupation family of its title (a related trade),
 * a concept anywhere in it, a neighbouring family of its title (the same middle group of the classification), and
 * how many of the person's words. A pool of vacancies finds the same through its inverted indices.
 */
public record SkillMatch(boolean title, boolean impliedTitle, boolean family, boolean concept, boolean neighbour,
                         int sharedWords) {

    public static SkillMatch of(PersonProfile p, VacancyProfile v) {
        return new SkillMatch(shares(p.ownConcepts(), v.titleConcepts()), shares(p.concepts(), v.titleConcepts()),
                shares(p.families(), v.titleFamilies()), shares(p.concepts(), v.concepts()),
                shares(p.neighbourFamilies(), v.titleFamilies()),
                (int) p.words().stream().filter(v.words()::contains).count());
    }

    /** A concept or an occupation family, or a neighbouring one, is shared. */
    public boolean sharesConcepts() {
        return title || impliedTitle || family || concept || neighbour;
    }

    /** The concepts of the person found in {@code offered}, in the person's order. */
    static Set<String> shared(Set<String> wanted, Set<String> offered) {
        Set<String> both = new LinkedHashSet<>(wanted);
        both.retainAll(offered);
        return both;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
