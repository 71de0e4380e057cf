package org.jobmatch.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person of the ledger for tests, shared by the modules' tests (test-jar): by default a 40-year-old unemployed
 * woman in 三星镇 who passes every hard rule of a default {@link VacancyBuilder} vacancy; change one field at a time.
 */
public final class PersonBuilder {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final GeoPoint SANXING = new GeoPoint(31.927, 121.045);

    private String id = "P-1";
    private String name = "王秀英";
    private String idNumber;
    private Gender gender = Gender.F;
    private LocalDate birthDate = TODAY.minusYears(40);
    private String phone;
    private String householdId = "H-1";
    private String township = "三星镇";
    private String village;
    private GeoPoint location = SANXING;
    private Set<AssistanceGroup> groups = Set.of();
    private EmploymentStatus status = EmploymentStatus.UNEMPLOYED;
    private String skills = "缝纫";
    private String wishedJobs;
    private Set<WorkMode> workModes = Set.of();
    private double maxDistanceKm = Preferences.DEFAULT_MAX_DISTANCE_KM;
    private boolean willingToMigrate;
    private Integer minWage;

    private PersonBuilder() {
    }

    public static PersonBuilder aPerson() {
        return new PersonBuilder();
    }

    public PersonBuilder id(String value) {
        id = value;
        return this;
    }

    public PersonBuilder name(String value) {
        name = value;
        return this;
    }

    /** A resident ID number; birth date and gender as given separately. */
    public PersonBuilder idNumber(String value) {
        idNumber = value;
        return this;
    }

    public PersonBuilder gender(Gender value) {
        gender = value;
        return this;
    }

    public PersonBuilder born(LocalDate date) {
        birthDate = date;
        return this;
    }

    public PersonBuilder phone(String value) {
        phone = value;
        return this;
    }

    public PersonBuilder household(String value) {
        householdId = value;
        return this;
    }

    public PersonBuilder in(String townshipName, String villageName) {
        township = townshipName;
        village = villageName;
        return this;
    }

    public PersonBuilder at(GeoPoint point) {
        location = point;
        return this;
    }

    public PersonBuilder groups(AssistanceGroup... values) {
        groups = Set.of(values);
        return this;
    }

    public PersonBuilder groups(Set<AssistanceGroup> values) {
        groups = values;
        return this;
    }

    public PersonBuilder status(EmploymentStatus value) {
        status = value;
        return this;
    }

    public PersonBuilder skills(String value) {
        skills = value;
        return this;
    }

    public PersonBuilder wishes(String jobs) {
        wishedJobs = jobs;
        return this;
    }

    public PersonBuilder workModes(WorkMode... values) {
        workModes = Set.of(values);
        return this;
    }

    public PersonBuilder workModes(Set<WorkMode> values) {
        workModes = values;
        return this;
    }

    public PersonBuilder maxDistanceKm(double km) {
        maxDistanceKm = km;
        return this;
    }

    public PersonBuilder willingToMigrate() {
        return willingToMigrate(true);
    }

    public PersonBuilder willingToMigrate(boolean value) {
        willingToMigrate = value;
        return this;
    }

    public PersonBuilder minWage(Integer wage) {
        minWage = wage;
        return this;
    }

    public Person build() {
        return new Person(id, name, idNumber, gender, birthDate, phone, householdId, township, village, location,
                groups, status, skills, new Preferences(wishedJobs, workModes, maxDistanceKm, willingToMigrate, minWage));
    }
}
