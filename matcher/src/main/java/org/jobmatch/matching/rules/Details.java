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

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.WorkMode;

/** The Chinese details of the hard rules' verdicts: the values each compared. */
final class Details {

    private Details() {
    }

    static String open(Vacancy v, LocalDate today, boolean passed) {
        if (passed) {
            String until = v.validUntil() == null ? "" : "，有效期至 " + v.validUntil();
            return "剩余 " + v.openings() + " 个名额" + until;
        }
        List<String> problems = new ArrayList<>();
        if (v.openings() <= 0) {
            problems.add("名额已满（剩余 " + v.openings() + " 个）");
        }
        if (v.validUntil() != null && today.isAfter(v.validUntil())) {
            problems.add("已过有效期 " + v.validUntil());
        }
        return String.join("；", problems);
    }

    static String age(int age, int min, int max, boolean passed) {
        if (passed) {
            return "年龄 " + age + "，要求 " + min + "–" + max + " 岁";
        }
        return age < min ? "年龄 " + age + " < " + min : "年龄 " + age + " > " + max;
    }

    static String groups(Person p, Vacancy v, boolean passed) {
        Set<AssistanceGroup> eligible = v.effectiveEligibleGroups();
        if (eligible.isEmpty()) {
            return "不限服务人群";
        }
        if (passed) {
            return "属于 " + labels(p.groups().stream().filter(eligible::contains).toList(), AssistanceGroup::label);
        }
        return "不在该" + v.source().label() + "服务的人群中（限 " + labels(eligible, AssistanceGroup::label) + "）";
    }

    static String distance(Preferences prefs, double km, boolean passed) {
        if (prefs.willingToMigrate()) {
            return "愿意外出务工，不限距离（" + km(km) + " 公里）";
        }
        return "距离 " + km(km) + " 公里 " + (passed ? "≤" : ">") + " " + plain(prefs.maxDistanceKm()) + " 公里";
    }

    static String workMode(Preferences prefs, Vacancy v, boolean passed) {
        String offered = "岗位为" + v.workMode().label();
        if (prefs.workModes().isEmpty()) {
            return offered + "，不限工作方式";
        }
        return passed ? offered + "，符合意愿" : offered + "，意愿为" + labels(prefs.workModes(), WorkMode::label);
    }

    static String wage(Integer offered, Integer wanted, boolean passed) {
        if (offered == null) {
            return "岗位未注明最高工资";
        }
        if (wanted == null) {
            return "无最低工资要求";
        }
        return "最高工资 " + offered + " 元 " + (passed ? "≥" : "<") + " 期望最低 " + wanted + " 元";
    }

    private static <E extends Enum<E>> String labels(Collection<E> values, Function<E, String> label) {
        return values.stream().sorted().map(label).collect(Collectors.joining("、"));
    }

    static String km(double km) {
        return String.format(Locale.ROOT, "%.1f", km);
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
