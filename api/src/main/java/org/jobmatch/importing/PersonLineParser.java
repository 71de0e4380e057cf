package org.jobmatch.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.IdNumber;
import org.jobmatch.domain.InvalidIdNumberException;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.WorkMode;

/** Validates one person line of the contract into a ledger row. */
final class PersonLineParser implements LineParser<PersonRow> {

    static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    private static final int MAX_AGE = 120;

    private final Locations locations;
    private final Clock clock;

    PersonLineParser(Locations locations, Clock clock) {
        this.locations = locations;
        this.clock = clock;
    }

    @Override
    public PersonRow parse(JsonFields f) {
        String id = f.requiredString("id", 64);
        String name = f.requiredString("name", 100);
        Identity identity = identity(f);
        String township = f.requiredString("township", 100);
        Locations.Resolved location = locations.resolve(f, township);
        Person person = new Person(id, name, identity.idNumber, identity.gender, identity.birthDate,
                phone(f, "phone"), f.optionalString("householdId", 64).orElse(null), township,
                f.optionalString("village", 100).orElse(null), location.point(),
                f.enumSet("groups", AssistanceGroup.class),
                f.optionalEnum("employmentStatus", EmploymentStatus.class).orElse(EmploymentStatus.UNEMPLOYED),
                f.optionalString("skills", 2000).orElse(null), preferences(f));
        return new PersonRow(person, location.fromTownship());
    }

    private record Identity(String idNumber, Gender gender, LocalDate birthDate) {
    }

    private Identity identity(JsonFields f) {
        Optional<Gender> gender = f.optionalEnum("gender", Gender.class);
        Optional<LocalDate> birthDate = f.optionalDate("birthDate");
        Optional<String> raw = f.optionalString("idNumber", 18);
        if (raw.isEmpty()) {
            LocalDate born = birthDate.orElseThrow(() -> f.invalid("birthDate",
                    "无身份证号时必须提供出生日期", "required when there is no idNumber"));
            checkAge(f, born);
            return new Identity(null, gender.orElseThrow(() -> f.invalid("gender",
                    "无身份证号时必须提供性别", "required when there is no idNumber")), born);
        }
        IdNumber number;
        try {
            number = IdNumber.parse(raw.get(), LocalDate.now(clock));
        } catch (InvalidIdNumberException e) {
            throw new InvalidField("idNumber", e.reason().label());
        }
        if (gender.isPresent() && gender.get() != number.gender()) {
            throw f.invalid("gender", "与身份证号不一致", "does not match the idNumber");
        }
        if (birthDate.isPresent() && !birthDate.get().equals(number.birthDate())) {
            throw f.invalid("birthDate", "与身份证号不一致", "does not match the idNumber");
        }
        checkAge(f, number.birthDate());
        return new Identity(number.value(), number.gender(), number.birthDate());
    }

    private void checkAge(JsonFields f, LocalDate birthDate) {
        LocalDate today = LocalDate.now(clock);
        if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(MAX_AGE))) {
            throw f.invalid("birthDate", "出生日期不合理", "birth date out of range");
        }
    }

    static String phone(JsonFields f, String name) {
        Optional<String> phone = f.optionalString(name, 20);
        if (phone.isPresent() && !PHONE.matcher(phone.get()).matches()) {
            throw f.invalid(name, "电话号码格式不正确", "not a phone number");
        }
        return phone.orElse(null);
    }

    private static Preferences preferences(JsonFields f) {
        return f.optionalObject("preferences").map(p -> new Preferences(
                p.optionalString("jobs", 500).orElse(null),
                p.enumSet("workModes", WorkMode.class),
                p.optionalNumber("maxDistanceKm", 0.1, 5000).orElse(Preferences.DEFAULT_MAX_DISTANCE_KM),
                p.optionalBoolean("willingToMigrate").orElse(false),
                p.optionalInt("minWage", 0, 1_000_000).orElse(null))).orElse(Preferences.defaults());
    }
}
