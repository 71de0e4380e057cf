package org.jobmatch.matching.rules;

import java.time.LocalDate;
import java.util.EnumSet;

import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Vacancy;

/**
 * The hard constraints of the contract, in its order: a vacancy is recommended only if all pass. Each rule is
 * defined here once: its predicate, its "why not" explanation ({@link Details}) and the persons it admits to a
 * vacancy ({@link PersonCriterion}, which a search turns into its filter).
 */
public enum HardRule {

    OPEN("岗位在招", 6) {
        @Override
        public boolean passes(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
            return today.toEpochDay() <= v.lastOpenDay(); // Vacancy#isOpenOn, its last day read once
        }

        @Override
        String detail(PersonFacts p, VacancyFacts v, double km, LocalDate today, boolean passed) {
            return Details.open(v.vacancy(), today, passed);
        }

        @Override
        public PersonCriterion admits(VacancyFacts v) {
            return new PersonCriterion.Anyone(); // a closed vacancy has no shortlist at all
        }
    },
    AGE("年龄要求", 2) {
        @Override
        public boolean passes(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
            return p.age() >= v.ageMin() && p.age() <= v.ageMax();
        }

        @Override
        String detail(PersonFacts p, VacancyFacts v, double km, LocalDate today, boolean passed) {
            return Details.age(p.age(), v.ageMin(), v.ageMax(), passed);
        }

        @Override
        public PersonCriterion admits(VacancyFacts v) {
            return new PersonCriterion.AgeBetween(v.ageMin(), v.ageMax());
        }
    },
    ELIGIBLE_GROUP("服务人群", 3) {
        @Override
        public boolean passes(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
            return v.groups() == 0 || (v.groups() & p.groups()) != 0;
        }

        @Override
        String detail(PersonFacts p, VacancyFacts v, double km, LocalDate today, boolean passed) {
            return Details.groups(p.person(), v.vacancy(), passed);
        }

        @Override
        public PersonCriterion admits(VacancyFacts v) {
            return new PersonCriterion.InGroups(v.vacancy().effectiveEligibleGroups());
        }
    },
    DISTANCE("通勤距离", 1, true) {
        @Override
        public boolean passes(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
            return km <= p.reachKm();
        }

        @Override
        String detail(PersonFacts p, VacancyFacts v, double km, LocalDate today, boolean passed) {
            return Details.distance(p.person().preferences(), km, passed);
        }

        @Override
        public PersonCriterion admits(VacancyFacts v) {
            return new PersonCriterion.TravelsTo(v.vacancy().location());
        }
    },
    WORK_MODE("工作方式", 4) {
        @Override
        public boolean passes(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
            return p.workModes() == 0 || (p.workModes() & v.workMode()) != 0;
        }

        @Override
        String detail(PersonFacts p, VacancyFacts v, double km, LocalDate today, boolean passed) {
            return Details.workMode(p.person().preferences(), v.vacancy(), passed);
        }

        @Override
        public PersonCriterion admits(VacancyFacts v) {
            return new PersonCriterion.AcceptsWorkMode(v.vacancy().workMode());
        }
    },
    WAGE("工资要求", 5) {
        @Override
        public boolean passes(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
            return v.wageMax() >= p.minWage(); // either unsaid passes
        }

        @Override
        String detail(PersonFacts p, VacancyFacts v, double km, LocalDate today, boolean passed) {
            return Details.wage(v.vacancy().wageMax(), p.person().preferences().minWage(), passed);
        }

        @Override
        public PersonCriterion admits(VacancyFacts v) {
            Vacancy vacancy = v.vacancy();
            return vacancy.wageMax() == null ? new PersonCriterion.Anyone()
                    : new PersonCriterion.MinWageAtMost(vacancy.wageMax());
        }
    },
    SEEKING_WORK("求职状态", 7) {
        @Override
        public boolean passes(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
            return p.seeksWork();
        }

        @Override
        String detail(PersonFacts p, VacancyFacts v, double km, LocalDate today, boolean passed) {
            return p.person().employmentStatus().label();
        }

        @Override
        public PersonCriterion admits(VacancyFacts v) {
            EnumSet<EmploymentStatus> seeking = EnumSet.noneOf(EmploymentStatus.class);
            for (EmploymentStatus status : EmploymentStatus.values()) {
                if (status.seeksWork()) {
                    seeking.add(status);
                }
            }
            return new PersonCriterion.StatusIn(seeking);
        }
    };

    private final String label;
    private final int verdictOrder;
    private final boolean readsDistance;

    /** {@code verdictOrder}: where the rule comes when only the verdict counts (those turning most away first). */
    HardRule(String label, int verdictOrder) {
        this(label, verdictOrder, false);
    }

    /** {@code readsDistance}: the predicate looks at {@code km}; the others' verdicts hold at any distance. */
    HardRule(String label, int verdictOrder, boolean readsDistance) {
        this.label = label;
        this.verdictOrder = verdictOrder;
        this.readsDistance = readsDistance;
    }

    boolean readsDistance() {
        return readsDistance;
    }

    int verdictOrder() {
        return verdictOrder;
    }

    public String label() {
        return label;
    }

    /** The predicate; {@code km} is the distance between the two. */
    public abstract boolean passes(PersonFacts p, VacancyFacts v, double km, LocalDate today);

    abstract String detail(PersonFacts p, VacancyFacts v, double km, LocalDate today, boolean passed);

    /** The persons this rule admits to the vacancy, for a search over persons. */
    public abstract PersonCriterion admits(VacancyFacts v);

    /** The rule's verdict with a Chinese detail naming the values compared (e.g. "年龄 57 > 55"). */
    public RuleCheck check(PersonFacts p, VacancyFacts v, double km, LocalDate today) {
        boolean passed = passes(p, v, km, today);
        return new RuleCheck(this, passed, detail(p, v, km, today, passed));
    }
}
