package org.jobmatch.importing;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Contact;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;

/** Validates one vacancy line of the contract into a ledger row. */
final class VacancyLineParser implements LineParser<VacancyRow> {

    private static final int MAX_WAGE = 1_000_000;

    private final Locations locations;

    VacancyLineParser(Locations locations) {
        this.locations = locations;
    }

    @Override
    public VacancyRow parse(JsonFields f) {
        String id = f.requiredString("id", 64);
        VacancySource source = f.requiredEnum("source", VacancySource.class);
        String employer = f.requiredString("employer", 200);
        String title = f.requiredString("title", 100);
        String description = f.optionalString("description", 5000).orElse(null);
        String township = f.requiredString("township", 100);
        Locations.Resolved location = locations.resolve(f, township);
        Integer ageMin = f.optionalInt("ageMin", 16, 100).orElse(null);
        Integer ageMax = f.optionalInt("ageMax", 16, 100).orElse(null);
        Integer wageMin = f.optionalInt("wageMin", 0, MAX_WAGE).orElse(null);
        Integer wageMax = f.optionalInt("wageMax", 0, MAX_WAGE).orElse(null);
        Vacancy vacancy = new Vacancy(id, source, employer, title, description, f.stringList("skills", 100),
                township, location.point(), ageMin, ageMax, f.requiredInt("openings", 0, 100_000),
                wageMin, wageMax, f.optionalEnum("workMode", WorkMode.class).orElse(WorkMode.FULL_TIME),
                f.optionalBoolean("accessible").orElse(false), f.enumSet("eligibleGroups", AssistanceGroup.class),
                f.optionalDate("validUntil").orElse(null), contact(f));
        checkRanges(f, vacancy);
        return new VacancyRow(vacancy, location.fromTownship(), f.optionalBoolean("largeEmployer").orElse(false));
    }

    private static void checkRanges(JsonFields f, Vacancy v) {
        if (v.effectiveAgeMin() > v.effectiveAgeMax()) {
            throw f.invalid(v.ageMin() != null ? "ageMin" : "ageMax",
                    "年龄下限 " + v.effectiveAgeMin() + " 高于上限 " + v.effectiveAgeMax() + "（未填时默认 18–55）",
                    "age range " + v.effectiveAgeMin() + "-" + v.effectiveAgeMax() + " is empty (defaults 18-55)");
        }
        if (v.wageMin() != null && v.wageMax() != null && v.wageMin() > v.wageMax()) {
            throw f.invalid("wageMin", "工资下限高于上限", "wageMin is above wageMax");
        }
    }

    private static Contact contact(JsonFields f) {
        return f.optionalObject("contact")
                .map(c -> new Contact(c.optionalString("name", 100).orElse(null), PersonLineParser.phone(c, "phone")))
                .orElse(null);
    }
}
