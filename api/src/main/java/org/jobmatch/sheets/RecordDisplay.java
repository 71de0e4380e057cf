package org.jobmatch.sheets;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Masking;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.WorkMode;

/**
 * A validated record as the preview shows it, by field key, in Chinese: ID numbers and phones masked, as every
 * other page shows them.
 */
final class RecordDisplay {

    private RecordDisplay() {
    }

    static Map<String, String> person(Person p) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("id", p.id());
        shown.put("name", p.name());
        shown.put("idNumber", Masking.idNumber(p.idNumber()));
        shown.put("gender", p.gender() == null ? null : p.gender().name().equals("M") ? "男" : "女");
        shown.put("phone", Masking.phone(p.phone()));
        shown.put("householdId", p.householdId());
        shown.put("township", p.township());
        shown.put("village", p.village());
        shown.put("groups", groups(p.groups()));
        shown.put("employmentStatus", p.employmentStatus().label());
        shown.put("skills", p.skills());
        shown.put("preferences.jobs", p.preferences().jobs());
        shown.put("preferences.minWage", number(p.preferences().minWage()));
        shown.put("preferences.workModes", modes(p.preferences().workModes()));
        shown.put("preferences.maxDistanceKm", String.valueOf(p.preferences().maxDistanceKm()));
        shown.put("preferences.willingToMigrate", p.preferences().willingToMigrate() ? "是" : "否");
        return shown;
    }

    static Map<String, String> vacancy(Vacancy v) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("id", v.id());
        shown.put("source", v.source().label());
        shown.put("employer", v.employer());
        shown.put("title", v.title());
        shown.put("description", v.description());
        shown.put("skills", String.join("、", v.skills()));
        shown.put("township", v.township());
        shown.put("ageRange", v.effectiveAgeMin() + "–" + v.effectiveAgeMax() + " 岁");
        shown.put("openings", String.valueOf(v.openings()));
        shown.put("wage", v.wageMin() == null && v.wageMax() == null ? "面议"
                : number(v.wageMin()) + "–" + number(v.wageMax()) + " 元/月");
        shown.put("workMode", v.workMode().label());
        shown.put("accessible", v.accessible() ? "是" : "否");
        shown.put("eligibleGroups", groups(v.eligibleGroups()));
        shown.put("validUntil", v.validUntil() == null ? null : v.validUntil().toString());
        shown.put("contact.name", v.contact() == null ? null : v.contact().name());
        shown.put("contact.phone", v.contact() == null ? null : Masking.phone(v.contact().phone()));
        return shown;
    }

    private static String groups(Collection<AssistanceGroup> groups) {
        return groups.stream().sorted().map(AssistanceGroup::label).collect(Collectors.joining("、"));
    }

    private static String modes(Collection<WorkMode> modes) {
        return modes.stream().sorted().map(WorkMode::label).collect(Collectors.joining("、"));
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }
}
