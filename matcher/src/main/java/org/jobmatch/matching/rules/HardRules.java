package org.jobmatch.matching.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jobmatch.domain.AgeBand;
import org.jobmatch.domain.Ages;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.WorkMode;

/**
 * The contract's hard constraints, checked in plain Java: for the "why not" explanation, as a safety
 * filter behind the search, and in tests. The search query must express the same rules.
 */
public final class HardRules {

    private HardRules() {
    }

    /** One check per {@link HardRule}, in the enum's order. */
    public static List<RuleCheck> check(Person person, Vacancy vacancy, LocalDate today) {
        return List.of(
                open(vacancy, today),
                age(person, vacancy, today),
                eligibleGroup(person, vacancy),
                distance(person, vacancy),
                workMode(person, vacancy),
                wage(person, vacancy),
                seekingWork(person));
    }

    /** The same verdict as {@link #check} without building the details: the batch calls it millions of times. */
    public static boolean allPass(Person person, Vacancy vacancy, LocalDate today) {
        return allPass(person, Ages.ageOn(person.birthDate(), today), vacancy, today,
                person.location().distanceKm(vacancy.location()));
    }

    /** As {@link #allPass(Person, Vacancy, LocalDate)}, with the person's age on {@code today} and the distance known. */
    public static boolean allPass(Person person, int age, Vacancy vacancy, LocalDate today, double distanceKm) {
        return vacancy.isOpenOn(today) && AgeBand.of(vacancy).contains(age)
                && inEligibleGroup(person, vacancy) && withinDistance(person, distanceKm)
                && acceptedWorkMode(person, vacancy) && wageHighEnough(person, vacancy)
                && person.employmentStatus().seeksWork();
    }

    /** The checks that fail, empty when the vacancy may be recommended. */
    public static List<RuleCheck> failures(Person person, Vacancy vacancy, LocalDate today) {
        return check(person, vacancy, today).stream().filter(c -> !c.passed()).toList();
    }

    private static RuleCheck open(Vacancy v, LocalDate today) {
        if (v.isOpenOn(today)) {
            String until = v.validUntil() == null ? "" : "，有效期至 " + v.validUntil();
            return pass(HardRule.OPEN, "剩余 " + v.openings() + " 个名额" + until);
        }
        List<String> problems = new ArrayList<>();
        if (v.openings() <= 0) {
            problems.add("名额已满（剩余 " + v.openings() + " 个）");
        }
        if (v.validUntil() != null && today.isAfter(v.validUntil())) {
            problems.add("已过有效期 " + v.validUntil());
        }
        return fail(HardRule.OPEN, String.join("；", problems));
    }

    private static RuleCheck age(Person p, Vacancy v, LocalDate today) {
        int age = Ages.ageOn(p.birthDate(), today);
        AgeBand band = AgeBand.of(v);
        if (band.contains(age)) {
            return pass(HardRule.AGE, "年龄 " + age + "，要求 " + band.label());
        }
        return age < band.min()
                ? fail(HardRule.AGE, "年龄 " + age + " < " + band.min())
                : fail(HardRule.AGE, "年龄 " + age + " > " + band.max());
    }

    private static RuleCheck eligibleGroup(Person p, Vacancy v) {
        Set<AssistanceGroup> eligible = v.effectiveEligibleGroups();
        if (eligible.isEmpty()) {
            return pass(HardRule.ELIGIBLE_GROUP, "不限服务人群");
        }
        List<AssistanceGroup> shared = p.groups().stream().filter(eligible::contains).sorted().toList();
        if (inEligibleGroup(p, v)) {
            return pass(HardRule.ELIGIBLE_GROUP, "属于 " + labels(shared, AssistanceGroup::label));
        }
        return fail(HardRule.ELIGIBLE_GROUP, "不在该" + v.source().label() + "服务的人群中（限 "
                + labels(eligible, AssistanceGroup::label) + "）");
    }

    private static RuleCheck distance(Person p, Vacancy v) {
        Preferences prefs = p.preferences();
        double km = p.location().distanceKm(v.location());
        if (prefs.willingToMigrate()) {
            return pass(HardRule.DISTANCE, "愿意外出务工，不限距离（" + km(km) + " 公里）");
        }
        String compared = "距离 " + km(km) + " 公里 %s " + plain(prefs.maxDistanceKm()) + " 公里";
        return withinDistance(p, km)
                ? pass(HardRule.DISTANCE, compared.formatted("≤"))
                : fail(HardRule.DISTANCE, compared.formatted(">"));
    }

    private static RuleCheck workMode(Person p, Vacancy v) {
        Set<WorkMode> wanted = p.preferences().workModes();
        String offered = "岗位为" + v.workMode().label();
        if (wanted.isEmpty()) {
            return pass(HardRule.WORK_MODE, offered + "，不限工作方式");
        }
        return acceptedWorkMode(p, v)
                ? pass(HardRule.WORK_MODE, offered + "，符合意愿")
                : fail(HardRule.WORK_MODE, offered + "，意愿为" + labels(wanted, WorkMode::label));
    }

    private static RuleCheck wage(Person p, Vacancy v) {
        Integer offered = v.wageMax();
        Integer wanted = p.preferences().minWage();
        if (offered == null) {
            return pass(HardRule.WAGE, "岗位未注明最高工资");
        }
        if (wanted == null) {
            return pass(HardRule.WAGE, "无最低工资要求");
        }
        String compared = "最高工资 " + offered + " 元 %s 期望最低 " + wanted + " 元";
        return wageHighEnough(p, v)
                ? pass(HardRule.WAGE, compared.formatted("≥"))
                : fail(HardRule.WAGE, compared.formatted("<"));
    }

    private static RuleCheck seekingWork(Person p) {
        String status = p.employmentStatus().label();
        return p.employmentStatus().seeksWork() ? pass(HardRule.SEEKING_WORK, status) : fail(HardRule.SEEKING_WORK, status);
    }

    private static boolean inEligibleGroup(Person p, Vacancy v) {
        Set<AssistanceGroup> eligible = v.effectiveEligibleGroups();
        return eligible.isEmpty() || !java.util.Collections.disjoint(p.groups(), eligible);
    }

    private static boolean withinDistance(Person p, double km) {
        return p.preferences().willingToMigrate() || km <= p.preferences().maxDistanceKm();
    }

    private static boolean acceptedWorkMode(Person p, Vacancy v) {
        return p.preferences().workModes().isEmpty() || p.preferences().workModes().contains(v.workMode());
    }

    private static boolean wageHighEnough(Person p, Vacancy v) {
        return v.wageMax() == null || p.preferences().minWage() == null || v.wageMax() >= p.preferences().minWage();
    }

    private static RuleCheck pass(HardRule rule, String detail) {
        return new RuleCheck(rule, true, detail);
    }

    private static RuleCheck fail(HardRule rule, String detail) {
        return new RuleCheck(rule, false, detail);
    }

    private static <E extends Enum<E>> String labels(Collection<E> values, Function<E, String> label) {
        return values.stream().sorted().map(label).collect(Collectors.joining("、"));
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.1f", km);
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
