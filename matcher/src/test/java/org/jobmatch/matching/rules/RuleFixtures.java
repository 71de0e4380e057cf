package org.jobmatch.matching.rules;

import java.time.LocalDate;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Gender;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;

/** A person and a vacancy that pass every hard rule, to be changed one field at a time. */
final class RuleFixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final GeoPoint SANXING = new GeoPoint(31.927, 121.045);

    private RuleFixtures() {
    }

    static PersonSpec person() {
        return new PersonSpec();
    }

    static VacancySpec vacancy() {
        return new VacancySpec();
    }

    static final class PersonSpec {
        LocalDate birthDate = TODAY.minusYears(40);
        Set<AssistanceGroup> groups = Set.of();
        EmploymentStatus status = EmploymentStatus.UNEMPLOYED;
        GeoPoint location = SANXING;
        Set<WorkMode> workModes = Set.of();
        double maxDistanceKm = Preferences.DEFAULT_MAX_DISTANCE_KM;
        boolean willingToMigrate;
        Integer minWage;

        PersonSpec born(LocalDate date) {
            birthDate = date;
            return this;
        }

        PersonSpec groups(AssistanceGroup... values) {
            groups = Set.of(values);
            return this;
        }

        PersonSpec status(EmploymentStatus value) {
            status = value;
            return this;
        }

        PersonSpec at(GeoPoint point) {
            location = point;
            return this;
        }

        PersonSpec workModes(WorkMode... values) {
            workModes = Set.of(values);
            return this;
        }

        PersonSpec maxDistanceKm(double km) {
            maxDistanceKm = km;
            return this;
        }

        PersonSpec willingToMigrate() {
            willingToMigrate = true;
            return this;
        }

        PersonSpec minWage(Integer wage) {
            minWage = wage;
            return this;
        }

        Person build() {
            return new Person("P-1", "王秀英", null, Gender.F, birthDate, null, "H-1", "三星镇", null, location,
                    groups, status, "缝纫", new Preferences(null, workModes, maxDistanceKm, willingToMigrate, minWage));
        }
    }

    static final class VacancySpec {
        VacancySource source = VacancySource.ENTERPRISE;
        GeoPoint location = SANXING;
        Integer ageMin;
        Integer ageMax;
        int openings = 1;
        Integer wageMax;
        WorkMode workMode = WorkMode.FULL_TIME;
        Set<AssistanceGroup> eligibleGroups = Set.of();
        LocalDate validUntil;

        VacancySpec source(VacancySource value) {
            source = value;
            return this;
        }

        VacancySpec at(GeoPoint point) {
            location = point;
            return this;
        }

        VacancySpec ages(Integer min, Integer max) {
            ageMin = min;
            ageMax = max;
            return this;
        }

        VacancySpec openings(int value) {
            openings = value;
            return this;
        }

        VacancySpec wageMax(Integer value) {
            wageMax = value;
            return this;
        }

        VacancySpec workMode(WorkMode value) {
            workMode = value;
            return this;
        }

        VacancySpec eligibleGroups(AssistanceGroup... values) {
            eligibleGroups = Set.of(values);
            return this;
        }

        VacancySpec validUntil(LocalDate date) {
            validUntil = date;
            return this;
        }

        Vacancy build() {
            return new Vacancy("V-1", source, "海门叠石桥家纺有限公司", "缝纫工", null, null, "三星镇", location,
                    ageMin, ageMax, openings, null, wageMax, workMode, false, eligibleGroups, validUntil, null);
        }
    }
}
