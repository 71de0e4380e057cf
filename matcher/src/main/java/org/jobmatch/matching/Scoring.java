package org.jobmatch.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.index.VacancyDocument;

/**
 * The ranking in Java: skill and wished-job fit, distance decay, and the priorities of employment
 * assistance, weighted into a score in [0, 1]. Only vacancies that passed every hard rule get here.
 */
final class Scoring {

    /** Distance at which the distance factor has fallen to 1/e. */
    private static final double DISTANCE_SCALE_KM = 15;

    /** A reasons list that keeps nothing: scoring without explaining. */
    private static final List<String> DISCARDED = new java.util.AbstractList<>() {
        @Override
        public boolean add(String reason) {
            return true;
        }

        @Override
        public String get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    };

    private final MatchingSettings.RankingWeights weights;

    Scoring(MatchingSettings.RankingWeights weights) {
        this.weights = weights;
    }

    Scored score(PersonProfile person, VacancyDocument vacancy) {
        List<String> reasons = new ArrayList<>();
        double skill = skillFit(person, vacancy, words(vacancy.terms()), reasons);
        double distanceKm = person.person().location().distanceKm(vacancy.location());
        reasons.add(String.format(Locale.ROOT, "距离 %.1f 公里", distanceKm));
        double distance = distanceFactor(distanceKm);
        double priority = priority(person, VacancySource.valueOf(vacancy.source()), vacancy, reasons);
        List<Factor> factors = List.of(new Factor("技能与意向匹配", skill, weights.skill()),
                new Factor("距离", distance, weights.distance()),
                new Factor("帮扶优先", priority, weights.priority()));
        return new Scored(vacancy, distanceKm, total(skill, distance, priority), factors, reasons);
    }

    /**
     * The same score as {@link #score} without reasons, for a pooled vacancy at a distance already known:
     * re-ranking many candidates in a batch.
     */
    double unexplained(PersonProfile person, VacancyPool.Pooled candidate, double distanceKm) {
        VacancyDocument vacancy = candidate.document();
        return total(skillFit(person, vacancy, candidate.words(), DISCARDED), distanceFactor(distanceKm),
                priority(person, candidate.vacancy().source(), vacancy, DISCARDED));
    }

    /** Both paths sum the same way, so a batch ranks exactly as one person's request does. */
    private double total(double skill, double distance, double priority) {
        return skill * weights.skill() + distance * weights.distance() + priority * weights.priority();
    }

    private static double distanceFactor(double km) {
        return Math.exp(-km / DISTANCE_SCALE_KM);
    }

    private static double skillFit(PersonProfile person, VacancyDocument vacancy, Set<String> vacancyWords,
                                   List<String> reasons) {
        boolean explain = reasons != DISCARDED;
        if (meets(person.concepts(), vacancy.titleConcepts())) {
            if (explain) {
                reasons.add(conceptReason(person, intersect(person.concepts(), vacancy.titleConcepts())));
            }
            return 1.0;
        }
        if (meets(person.concepts(), vacancy.concepts())) {
            if (explain) {
                reasons.add("技能相关: " + String.join("、", intersect(person.concepts(), vacancy.concepts())));
            }
            return 0.7;
        }
        if (!person.hasStatedSkills()) {
            if (vacancy.lowThreshold()) {
                reasons.add("低门槛岗位，无需专门技能");
                return 0.6;
            }
            return 0.1;
        }
        double overlap = termOverlap(person.words(), vacancyWords);
        if (overlap > 0) {
            reasons.add("岗位描述与技能相近");
        }
        return 0.5 * overlap;
    }

    private static String conceptReason(PersonProfile person, Set<String> hits) {
        boolean fromSkills = hits.stream().anyMatch(person.skills().concepts()::contains);
        return (fromSkills ? "技能匹配: " : "符合求职意向: ") + String.join("、", hits);
    }

    private static double priority(PersonProfile person, VacancySource source, VacancyDocument vacancy,
                                   List<String> reasons) {
        double priority = 0;
        if (source == VacancySource.WELFARE_POST && person.isHardToEmploy()) {
            priority += add(reasons, 0.6, "公益性岗位优先安置就业困难人员");
        }
        if (source == VacancySource.WORKSHOP && person.isHardToEmploy()) {
            priority += add(reasons, 0.5, "帮扶车间优先吸纳帮扶对象就近就业");
        }
        boolean assisted = source == VacancySource.WELFARE_POST || source == VacancySource.WORKSHOP;
        if (person.in4050() && (assisted || vacancy.lowThreshold())) {
            priority += add(reasons, 0.3, "适合 4050 人员");
        }
        if (person.in(AssistanceGroup.ZERO_EMPLOYMENT_FAMILY) && assisted) {
            priority += add(reasons, 0.3, "零就业家庭优先安置");
        }
        if (person.in(AssistanceGroup.DISABLED) && vacancy.accessible()) {
            priority += add(reasons, 0.6, "无障碍岗位，适合残疾人");
        }
        return Math.min(1, priority);
    }

    private static double add(List<String> reasons, double value, String reason) {
        reasons.add(reason);
        return value;
    }

    /** Share of the person's words (two characters or more) that the vacancy's text contains. */
    private static double termOverlap(Set<String> wanted, Set<String> offered) {
        if (wanted.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : wanted) {
            shared += offered.contains(word) ? 1 : 0;
        }
        return (double) shared / wanted.size();
    }

    /** The words of an analysed text that the overlap counts: two characters or more. */
    static Set<String> words(String terms) {
        return terms.isBlank() ? Set.of() : java.util.Arrays.stream(terms.split(" "))
                .filter(t -> t.length() >= 2).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        if (b == null || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.LinkedHashSet<>(a);
        both.retainAll(b == null ? new HashSet<>() : b);
        return both;
    }
}
