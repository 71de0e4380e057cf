package org.jobmatch.matching.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;

/** All of the {@link HardRule}s at once, in their order. */
public final class HardRules {

    private static final HardRule[] RULES = HardRule.values();
    /** The same rules, those that turn most vacancies away first (a person's travel limit): for a verdict only. */
    private static final HardRule[] MOST_SELECTIVE_FIRST = Arrays.stream(RULES)
            .sorted(Comparator.comparingInt(HardRule::verdictOrder)).toArray(HardRule[]::new);

    /** The rule that turns most vacancies away without looking at the distance (the age band). */
    private static final HardRule FIRST_AT_ANY_DISTANCE = Arrays.stream(MOST_SELECTIVE_FIRST)
            .filter(rule -> !rule.readsDistance()).findFirst().orElseThrow();

    private HardRules() {
    }

    /** One check per rule, in the enum's order. */
    public static List<RuleCheck> check(PersonFacts p, VacancyFacts v, LocalDate today) {
        double km = v.distanceKm(p);
        List<RuleCheck> checks = new ArrayList<>(RULES.length);
        for (HardRule rule : RULES) {
            checks.add(rule.check(p, v, km, today));
        }
        return checks;
    }

    public static List<RuleCheck> check(Person person, Vacancy vacancy, LocalDate today) {
        return check(PersonFacts.of(person, today), VacancyFacts.of(vacancy), today);
    }

    /** The checks that fail, empty when the vacancy may be recommended. */
    public static List<RuleCheck> failures(Person person, Vacancy vacancy, LocalDate today) {
        return check(person, vacancy, today).stream().filter(c -> !c.passed()).toList();
    }

    /** Whether every rule passes, {@code km} being the distance between the two. */
    public static boolean allPass(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
        for (HardRule rule : MOST_SELECTIVE_FIRST) {
            if (!rule.passes(p, v, km, today)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A first, cheap test before a vacancy is measured and scored: the rule that turns most away at any distance
     * passes. {@link #allPass} still decides.
     */
    public static boolean mayPass(PersonFacts p, VacancyFacts v, LocalDate today) {
        return FIRST_AT_ANY_DISTANCE.passes(p, v, Double.NaN, today);
    }

    /** Whether every rule but {@code skipped} passes. */
    public static boolean allPassBut(HardRule skipped, PersonFacts p, VacancyFacts v, double km, LocalDate today) {
        for (HardRule rule : RULES) {
            if (rule != skipped && !rule.passes(p, v, km, today)) {
                return false;
            }
        }
        return true;
    }

    public static boolean allPass(Person person, Vacancy vacancy, LocalDate today) {
        PersonFacts p = PersonFacts.of(person, today);
        VacancyFacts v = VacancyFacts.of(vacancy);
        return allPass(p, v, v.distanceKm(p), today);
    }
}
