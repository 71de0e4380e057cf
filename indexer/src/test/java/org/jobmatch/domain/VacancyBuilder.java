package org.jobmatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A vacancy of the ledger for tests, shared by the modules' tests (test-jar): by default one opening for a sewing
 * worker in 三星镇, enterprise, full time, open to anyone of working age; change one field at a time.
 */
public final class VacancyBuilder {

    private String id = "V-1";
    private VacancySource source = VacancySource.ENTERPRISE;
    private String employer = "海门叠石桥家纺有限公司";
    private String title = "缝纫工";
    private String description;
    private List<String> skills = List.of();
    private String township = "三星镇";
    private GeoPoint location = PersonBuilder.SANXING;
    private Integer ageMin;
    private Integer ageMax;
    private int openings = 1;
    private Integer wageMin;
    private Integer wageMax;
    private WorkMode workMode = WorkMode.FULL_TIME;
    private boolean accessible;
    private Set<AssistanceGroup> eligibleGroups = Set.of();
    private LocalDate validUntil;
    private Contact contact;

    private VacancyBuilder() {
    }

    public static VacancyBuilder aVacancy() {
        return new VacancyBuilder();
    }

    public VacancyBuilder id(String value) {
        id = value;
        return this;
    }

    public VacancyBuilder source(VacancySource value) {
        source = value;
        return this;
    }

    public VacancyBuilder employer(String value) {
        employer = value;
        return this;
    }

    public VacancyBuilder title(String value) {
        title = value;
        return this;
    }

    public VacancyBuilder description(String value) {
        description = value;
        return this;
    }

    public VacancyBuilder skills(String... values) {
        skills = List.of(values);
        return this;
    }

    public VacancyBuilder township(String value) {
        township = value;
        return this;
    }

    public VacancyBuilder at(GeoPoint point) {
        location = point;
        return this;
    }

    /** {@code km} east of 三星镇's centre. */
    public VacancyBuilder kmEast(double km) {
        location = new GeoPoint(PersonBuilder.SANXING.lat(), PersonBuilder.SANXING.lon() + km / 94.6);
        return this;
    }

    public VacancyBuilder ages(Integer min, Integer max) {
        ageMin = min;
        ageMax = max;
        return this;
    }

    public VacancyBuilder openings(int value) {
        openings = value;
        return this;
    }

    public VacancyBuilder wages(Integer min, Integer max) {
        wageMin = min;
        wageMax = max;
        return this;
    }

    public VacancyBuilder wageMax(Integer max) {
        wageMax = max;
        return this;
    }

    public VacancyBuilder workMode(WorkMode value) {
        workMode = value;
        return this;
    }

    public VacancyBuilder accessible(boolean value) {
        accessible = value;
        return this;
    }

    public VacancyBuilder eligibleGroups(AssistanceGroup... values) {
        eligibleGroups = Set.of(values);
        return this;
    }

    public VacancyBuilder eligibleGroups(Set<AssistanceGroup> values) {
        eligibleGroups = values;
        return this;
    }

    public VacancyBuilder validUntil(LocalDate date) {
        validUntil = date;
        return this;
    }

    public VacancyBuilder contact(String name, String phone) {
        contact = new Contact(name, phone);
        return this;
    }

    public Vacancy build() {
        return new Vacancy(id, source, employer, title, description, skills, township, location, ageMin, ageMax,
                openings, wageMin, wageMax, workMode, accessible, eligibleGroups, validUntil, contact);
    }
}
