package org.jobmatch.matching.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobmatch.matching.rules.RuleFixtures.SANXING;
import static org.jobmatch.matching.rules.RuleFixtures.TODAY;
import static org.jobmatch.matching.rules.RuleFixtures.person;
import static org.jobmatch.matching.rules.RuleFixtures.vacancy;

import java.time.LocalDate;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.GeoPoint;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.domain.PersonBuilder;
import org.jobmatch.domain.VacancyBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HardRulesTest {

    @Test
    void checksEveryRuleInContractOrder() {
        assertThat(HardRules.check(person().build(), vacancy().build(), TODAY))
                .extracting(RuleCheck::rule).containsExactly(HardRule.values());
    }

    @Test
    void fixturePassesEveryRule() {
        assertThat(HardRules.allPass(person().build(), vacancy().build(), TODAY)).isTrue();
        assertThat(HardRules.failures(person().build(), vacancy().build(), TODAY)).isEmpty();
    }

    @Test
    void listsOnlyTheFailingRules() {
        var p = person().minWage(5000).status(EmploymentStatus.EMPLOYED).build();
        var v = vacancy().wageMax(3000).build();

        assertThat(HardRules.allPass(p, v, TODAY)).isFalse();
        assertThat(HardRules.failures(p, v, TODAY)).extracting(RuleCheck::rule)
                .containsExactly(HardRule.WAGE, HardRule.SEEKING_WORK);
    }

    @Test
    void labelsRulesInChinese() {
        assertThat(HardRule.DISTANCE.label()).isEqualTo("通勤距离");
    }

    @Nested
    class Open {
        @Test
        void passesOnItsLastValidDay() {
            assertThat(check(person(), vacancy().validUntil(TODAY), HardRule.OPEN).passed()).isTrue();
        }

        @Test
        void passesWithoutValidityDate() {
            assertThat(check(person(), vacancy().validUntil(null), HardRule.OPEN).passed()).isTrue();
        }

        @Test
        void failsTheDayAfterValidUntil() {
            assertThat(check(person(), vacancy().validUntil(TODAY.minusDays(1)), HardRule.OPEN))
                    .isEqualTo(failed(HardRule.OPEN, "已过有效期 2025-06-14"));
        }

        @Test
        void failsWithoutOpenings() {
            assertThat(check(person(), vacancy().openings(0), HardRule.OPEN))
                    .isEqualTo(failed(HardRule.OPEN, "名额已满（剩余 0 个）"));
        }
    }

    @Nested
    class Age {
        @Test
        void passesOnThe18thBirthdayAndFailsTheDayBefore() {
            assertThat(check(person().born(TODAY.minusYears(18)), vacancy(), HardRule.AGE).passed()).isTrue();
            assertThat(check(person().born(TODAY.minusYears(18).plusDays(1)), vacancy(), HardRule.AGE))
                    .isEqualTo(failed(HardRule.AGE, "年龄 17 < 18"));
        }

        @Test
        void passesAt55UntilTheDayBeforeThe56thBirthday() {
            assertThat(check(person().born(TODAY.minusYears(55)), vacancy(), HardRule.AGE).passed()).isTrue();
            assertThat(check(person().born(TODAY.minusYears(56).plusDays(1)), vacancy(), HardRule.AGE).passed())
                    .isTrue();
        }

        @Test
        void failsOnThe56thBirthdayByDefault() {
            assertThat(check(person().born(TODAY.minusYears(56)), vacancy(), HardRule.AGE))
                    .isEqualTo(failed(HardRule.AGE, "年龄 56 > 55"));
        }

        @Test
        void appliesTheVacancysOwnBounds() {
            VacancyBuilder v = vacancy().ages(30, 60);

            assertThat(check(person().born(TODAY.minusYears(30)), v, HardRule.AGE).passed()).isTrue();
            assertThat(check(person().born(TODAY.minusYears(29)), v, HardRule.AGE).passed()).isFalse();
            assertThat(check(person().born(TODAY.minusYears(60)), v, HardRule.AGE).detail()).isEqualTo("年龄 60，要求 30–60 岁");
            assertThat(check(person().born(TODAY.minusYears(61)), v, HardRule.AGE).passed()).isFalse();
        }
    }

    @Nested
    class EligibleGroup {
        @Test
        void enterpriseWithoutGroupsTakesAnyone() {
            assertThat(check(person(), vacancy(), HardRule.ELIGIBLE_GROUP).passed()).isTrue();
        }

        @Test
        void welfarePostWithoutGroupsServesTheHardToEmploy() {
            VacancyBuilder post = vacancy().source(VacancySource.WELFARE_POST);

            assertThat(check(person().groups(AssistanceGroup.DIFFICULT), post, HardRule.ELIGIBLE_GROUP))
                    .isEqualTo(passed(HardRule.ELIGIBLE_GROUP, "属于 就业困难人员"));
            assertThat(check(person().groups(AssistanceGroup.GRADUATE), post, HardRule.ELIGIBLE_GROUP).passed())
                    .isFalse();
            assertThat(check(person(), post, HardRule.ELIGIBLE_GROUP).detail())
                    .startsWith("不在该公益性岗位服务的人群中（限 就业困难人员、脱贫劳动力、");
        }

        @Test
        void namedGroupsLimitTheVacancy() {
            VacancyBuilder post = vacancy().source(VacancySource.WELFARE_POST).eligibleGroups(AssistanceGroup.RETIRED_FISHER);

            assertThat(check(person().groups(AssistanceGroup.RETIRED_FISHER, AssistanceGroup.LOW_INCOME), post,
                    HardRule.ELIGIBLE_GROUP).passed()).isTrue();
            assertThat(check(person().groups(AssistanceGroup.POVERTY_ALLEVIATED), post, HardRule.ELIGIBLE_GROUP))
                    .isEqualTo(failed(HardRule.ELIGIBLE_GROUP, "不在该公益性岗位服务的人群中（限 退捕渔民）"));
        }
    }

    @Nested
    class Distance {
        /** 0.38 degrees of latitude north of 三星镇: 42.25 km. */
        private final GeoPoint far = new GeoPoint(SANXING.lat() + 0.38, SANXING.lon());

        @Test
        void passesExactlyAtTheLimit() {
            double km = SANXING.distanceKm(far);

            assertThat(check(person().maxDistanceKm(km), vacancy().at(far), HardRule.DISTANCE).passed()).isTrue();
            assertThat(check(person().maxDistanceKm(km - 0.001), vacancy().at(far), HardRule.DISTANCE).passed())
                    .isFalse();
        }

        @Test
        void failsBeyondTheLimitNamingBothDistances() {
            assertThat(check(person(), vacancy().at(far), HardRule.DISTANCE))
                    .isEqualTo(failed(HardRule.DISTANCE, "距离 42.3 公里 > 30 公里"));
        }

        @Test
        void passesWithinTheLimit() {
            assertThat(check(person().maxDistanceKm(12.5), vacancy(), HardRule.DISTANCE))
                    .isEqualTo(passed(HardRule.DISTANCE, "距离 0.0 公里 ≤ 12.5 公里"));
        }

        @Test
        void ignoresDistanceForPersonsWillingToMigrate() {
            assertThat(check(person().willingToMigrate(), vacancy().at(far), HardRule.DISTANCE))
                    .isEqualTo(passed(HardRule.DISTANCE, "愿意外出务工，不限距离（42.3 公里）"));
        }
    }

    @Nested
    class WorkModeRule {
        @Test
        void anyModeWhenNoneGiven() {
            assertThat(check(person(), vacancy().workMode(WorkMode.SEASONAL), HardRule.WORK_MODE).passed()).isTrue();
        }

        @Test
        void passesWhenModeIsWished() {
            assertThat(check(person().workModes(WorkMode.PART_TIME, WorkMode.FLEXIBLE),
                    vacancy().workMode(WorkMode.FLEXIBLE), HardRule.WORK_MODE).passed()).isTrue();
        }

        @Test
        void failsWhenModeIsNotWished() {
            assertThat(check(person().workModes(WorkMode.FULL_TIME), vacancy().workMode(WorkMode.PART_TIME),
                    HardRule.WORK_MODE)).isEqualTo(failed(HardRule.WORK_MODE, "岗位为兼职，意愿为全职"));
        }
    }

    @Nested
    class Wage {
        @Test
        void passesWhenMaximumEqualsTheMinimumWished() {
            assertThat(check(person().minWage(5000), vacancy().wageMax(5000), HardRule.WAGE))
                    .isEqualTo(passed(HardRule.WAGE, "最高工资 5000 元 ≥ 期望最低 5000 元"));
        }

        @Test
        void failsWhenMaximumIsBelowTheMinimumWished() {
            assertThat(check(person().minWage(5000), vacancy().wageMax(4999), HardRule.WAGE))
                    .isEqualTo(failed(HardRule.WAGE, "最高工资 4999 元 < 期望最低 5000 元"));
        }

        @Test
        void passesWhenEitherSideIsMissing() {
            assertThat(check(person().minWage(5000), vacancy().wageMax(null), HardRule.WAGE).passed()).isTrue();
            assertThat(check(person().minWage(null), vacancy().wageMax(1000), HardRule.WAGE).passed()).isTrue();
        }
    }

    @Nested
    class SeekingWork {
        @ParameterizedTest
        @EnumSource(value = EmploymentStatus.class, names = {"UNEMPLOYED", "FLEXIBLE"})
        void passesForPersonsSeekingWork(EmploymentStatus status) {
            assertThat(check(person().status(status), vacancy(), HardRule.SEEKING_WORK).passed()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = EmploymentStatus.class, names = {"EMPLOYED", "NOT_SEEKING"})
        void failsForEmployedOrNotSeeking(EmploymentStatus status) {
            assertThat(check(person().status(status), vacancy(), HardRule.SEEKING_WORK))
                    .isEqualTo(failed(HardRule.SEEKING_WORK, status.label()));
        }
    }

    @Test
    void agesAreTakenOnTheGivenDay() {
        LocalDate born = LocalDate.of(1970, 6, 16);

        assertThat(check(person().born(born), vacancy(), HardRule.AGE).passed()).isTrue();
        assertThat(HardRules.allPass(person().born(born).build(), vacancy().build(), born.plusYears(56))).isFalse();
    }

    private static RuleCheck check(PersonBuilder p, VacancyBuilder v, HardRule rule) {
        return HardRules.check(p.build(), v.build(), TODAY).get(rule.ordinal());
    }

    private static RuleCheck passed(HardRule rule, String detail) {
        return new RuleCheck(rule, true, detail);
    }

    private static RuleCheck failed(HardRule rule, String detail) {
        return new RuleCheck(rule, false, detail);
    }
}
