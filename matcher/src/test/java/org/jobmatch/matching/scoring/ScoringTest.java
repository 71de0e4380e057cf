package org.jobmatch.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobmatch.matching.MatchingFixtures.person;
import static org.jobmatch.matching.MatchingFixtures.profile;
import static org.jobmatch.matching.MatchingFixtures.vacancy;

import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.VacancyBuilder;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.index.Documents;
import org.jobmatch.matching.MatchingFixtures;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private final Scoring scoring = new Scoring(Scoring.Weights.defaults());

    @Test
    void everydayWeldingWordsRankTheWelderJobAboveCleaning() {
        PersonProfile welder = profile("在船厂干过电焊");

        Scored welding = score(welder, vacancy("V1", "重工", "电焊工", VacancySource.ENTERPRISE, 5));
        Scored cleaning = score(welder, vacancy("V2", "物业", "保洁员", VacancySource.ENTERPRISE, 5));

        assertThat(welding.score()).isGreaterThan(cleaning.score());
        assertThat(welding.reasons()).contains("技能匹配: 焊工");
    }

    @Test
    void ofTwoJobsOfThePersonsTradeTheOneNamingMoreOfWhatTheySaidComesFirst() {
        PersonProfile welder = profile("在船厂干过电焊");

        Scored shipyard = score(welder, vacancy("V1", "重工", "船厂电焊工", VacancySource.ENTERPRISE, 5));
        Scored steelwork = score(welder, vacancy("V2", "钢构", "钢结构电焊工", VacancySource.ENTERPRISE, 5));

        assertThat(shipyard.reasons()).contains("技能匹配: 焊工");
        assertThat(steelwork.reasons()).contains("技能匹配: 焊工");
        assertThat(shipyard.score()).isGreaterThan(steelwork.score());
    }

    @Test
    void aTradesmansOwnTradeComesBeforeTheGenericLabourOfItsField() {
        PersonProfile carpenter = profile("在工地上做了三十年木匠");

        Scored carpentry = score(carpenter, vacancy("V1", "建筑公司", "支模木工", VacancySource.ENTERPRISE, 8));
        Scored labour = score(carpenter, vacancy("V2", "建筑公司", "建筑小工", VacancySource.ENTERPRISE, 2));

        assertThat(carpentry.score()).isGreaterThan(labour.score());
        assertThat(carpentry.reasons()).contains("技能匹配: 木工");
        assertThat(labour.reasons()).contains("技能相关: 建筑工人");
    }

    @Test
    void aTradeNamedInAClauseOfItsOwnStaysThePersonsOwnBesideAWiderOneThatImpliesIt() {
        PersonProfile electrician = profile("原来国营厂的电工，有低压电工证，家里电路、水管都会弄");

        assertThat(electrician.ownConcepts()).contains("电工", "水电工");
        assertThat(score(electrician, vacancy("V1", "厂区", "电工", VacancySource.ENTERPRISE, 5)).reasons())
                .contains("技能匹配: 电工");
        assertThat(profile("在工地上做了三十年木匠").ownConcepts()).contains("木工").doesNotContain("建筑工人");
    }

    @Test
    void aJobNeedingItsOwnLicenceEarnsSkillCreditOnlyFromItsOwnTrade() {
        PersonProfile storekeeper = profile("在仓库做过仓管");

        Scored forklift = score(storekeeper, vacancy("V1", "物流", "叉车司机", VacancySource.ENTERPRISE, 5));
        Scored loading = score(storekeeper, vacancy("V2", "物流", "装卸工", VacancySource.ENTERPRISE, 5));

        assertThat(forklift.reasons()).noneMatch(reason -> reason.startsWith("相关工种"))
                .contains("持证上岗岗位，技能中未写本行（相应的驾驶证、操作证或资格证）");
        assertThat(loading.reasons()).contains("相关工种: 仓储装卸");
        assertThat(loading.score()).isGreaterThan(forklift.score());
        assertThat(score(profile("有叉车证，开过叉车"), forklift.vacancy()).reasons()).contains("技能匹配: 叉车司机");
    }

    @Test
    void aNursesPostIsForNursesAndANurseIsNearTheCareWorkers() {
        var nurse = vacancy("V1", "卫生院", "护士（要护士资格证）", VacancySource.ENTERPRISE, 5);
        var care = vacancy("V2", "颐养院", "养老护理员", VacancySource.ENTERPRISE, 5);

        assertThat(score(profile("在养老院当了五年护理员"), nurse).reasons())
                .contains("持证上岗岗位，技能中未写本行（相应的驾驶证、操作证或资格证）");
        PersonProfile graduate = profile("护理专业毕业，护士资格考试过了");
        assertThat(score(graduate, nurse).reasons()).contains("技能匹配: 护士");
        assertThat(score(graduate, care).reasons()).contains("相关工种: 养老护理");
    }

    @Test
    void aDriversLicenceClassMustCoverTheOneTheJobAsksFor() {
        Scored heavyTruck = score(profile("部队汽车兵退伍，B2驾照"),
                vacancy("V1", "物流", "重卡司机（A2）", VacancySource.ENTERPRISE, 5));
        Scored delivery = score(profile("部队汽车兵退伍，B2驾照"),
                vacancy("V2", "超市", "送货司机（C1）", VacancySource.ENTERPRISE, 5));

        assertThat(heavyTruck.reasons()).contains("需A2驾照，技能中写的是B2驾照")
                .noneMatch(reason -> reason.startsWith("技能匹配"));
        assertThat(delivery.score()).isGreaterThan(heavyTruck.score());
        assertThat(score(profile("开了十年半挂，A2驾照"), heavyTruck.vacancy()).reasons()).contains("技能匹配: 货车司机");
    }

    @Test
    void aJobNamingALicenceClassEarnsNothingFromARelatedTradeWhenTheSkillsNameNoLicence() {
        VacancyProfile delivery = vacancy("V1", "超市", "送货司机（C1）", VacancySource.ENTERPRISE, 5);

        Scored courier = score(profile("送过快递"), delivery);

        assertThat(courier.factors().get(0).value()).isZero();
        assertThat(courier.reasons()).contains("需C1驾照，技能中未写驾照");
        assertThat(score(profile("送过快递，有C1驾照"), delivery).score()).isGreaterThan(courier.score());
        assertThat(score(profile("会开车"), delivery).score()).isGreaterThan(courier.score());
    }

    @Test
    void aJobNeedingALicenceThePersonDoesNotNameComesAfterAnyOtherHoweverNearOrPrioritised() {
        PersonProfile guard = profile("当过兵，在北京当过物业保安队长", AssistanceGroup.DIFFICULT);

        Scored electrician = score(guard, vacancy("V1", "供电所", "电工", VacancySource.WELFARE_POST, 0.3, true));
        Scored truck = score(guard, vacancy("V2", "物流", "货车司机（B2）", VacancySource.ENTERPRISE, 0.3));
        Scored farAway = score(guard, vacancy("V3", "养殖场", "喂鸡", VacancySource.ENTERPRISE, 80));

        assertThat(electrician.score()).isZero();
        assertThat(truck.score()).isZero();
        assertThat(farAway.score()).isPositive();
        assertThat(electrician.factors()).allSatisfy(factor -> assertThat(factor.value()).isBetween(0.0, 1.0));
    }

    @Test
    void aTradeOfTheSameMiddleGroupOfTheClassificationEarnsLessThanARelatedOne() {
        PersonProfile courier = profile("送过两年外卖");

        Scored sorting = score(courier, vacancy("V1", "快递", "快递分拣员", VacancySource.ENTERPRISE, 5));
        Scored delivery = score(courier, vacancy("V2", "快递", "快递派送员", VacancySource.ENTERPRISE, 5));
        Scored cleaning = score(courier, vacancy("V3", "物业", "保洁员", VacancySource.ENTERPRISE, 5));

        assertThat(sorting.reasons()).contains("同类行业: 仓储装卸");
        assertThat(sorting.factors().get(0).value())
                .isBetween((1 - SkillFit.WORDED_PART) * SkillFit.NEIGHBOURING_TRADE, SkillFit.NEIGHBOURING_TRADE);
        assertThat(delivery.score()).isGreaterThan(sorting.score());
        assertThat(sorting.score()).isGreaterThan(cleaning.score());
    }

    @Test
    void aPostSetAsideForGraduatesFitsAGraduateWhateverTheyStudied() {
        VacancyProfile internship = graduatesPost("就业见习岗（行政文员）");

        Scored graduate = score(profile("英语专业本科毕业", AssistanceGroup.GRADUATE), internship);
        Scored other = score(profile("英语专业本科毕业", AssistanceGroup.LOW_INCOME), internship);

        assertThat(graduate.factors().get(0).value()).isEqualTo(SkillFit.GRADUATE_POST);
        assertThat(graduate.reasons()).contains("高校毕业生就业见习（专岗），不限专业");
        assertThat(graduate.score()).isGreaterThan(other.score());
    }

    @Test
    void aGraduatesPostOfANeighbouringTradeIsExplainedByWhatItIsWorth() {
        VacancyProfile shop = graduatesPost("就业见习岗（门店销售）");

        Scored graduate = score(profile("电子商务专业毕业，做过网店客服", AssistanceGroup.GRADUATE), shop);
        Scored other = score(profile("电子商务专业毕业，做过网店客服", AssistanceGroup.LOW_INCOME), shop);

        assertThat(other.reasons()).anyMatch(reason -> reason.startsWith("同类行业"));
        assertThat(graduate.factors().get(0).value()).isEqualTo(SkillFit.GRADUATE_POST);
        assertThat(graduate.reasons()).contains("高校毕业生就业见习（专岗），不限专业")
                .noneMatch(reason -> reason.startsWith("同类行业"));
    }

    /** A post 5 km away whose only eligible group is graduates. */
    private static VacancyProfile graduatesPost(String title) {
        return VacancyProfile.of(VacancyBuilder.aVacancy().id("V1").employer("见习基地").title(title).kmEast(5)
                .openings(2).eligibleGroups(Set.of(AssistanceGroup.GRADUATE)).build(), MatchingFixtures.DOCUMENTS);
    }

    @Test
    void welfarePostsComeFirstForTheHardToEmploy() {
        PersonProfile person = profile("打扫卫生", AssistanceGroup.DIFFICULT);

        Scored welfare = score(person, vacancy("V1", "城管办", "道路保洁员", VacancySource.WELFARE_POST, 5));
        Scored enterprise = score(person, vacancy("V2", "物业", "保洁员", VacancySource.ENTERPRISE, 5));

        assertThat(welfare.score()).isGreaterThan(enterprise.score());
        assertThat(welfare.reasons()).contains("公益性岗位优先安置就业困难人员");
    }

    @Test
    void theCountysOrganisedLabourExportComesBeforeAWorkshopFarFromHomeForOneWillingToGoOut() {
        PersonProfile migrant = MatchingFixtures.profile(person("在浙江厂里做过普工", AssistanceGroup.POVERTY_ALLEVIATED)
                .willingToMigrate());
        VacancyProfile export = VacancyProfile.of(VacancyBuilder.aVacancy().id("V1").employer("慈溪电器厂（劳务协作）")
                .title("普工（包吃住）").kmEast(1000).openings(30).build(), MatchingFixtures.DOCUMENTS);
        VacancyProfile farWorkshop = vacancy("V2", "帮扶车间", "普工", VacancySource.WORKSHOP, 50);

        assertThat(score(migrant, export).score()).isGreaterThan(score(migrant, farWorkshop).score());
        assertThat(score(migrant, export).reasons()).contains("技能匹配: 普工", "县里有组织劳务输出，适合愿意外出务工的人员");
        assertThat(export.concepts()).doesNotContain(Documents.ORGANISED_EXPORT); // how it recruits, not a trade
        assertThat(score(profile("在浙江厂里做过普工"), export).reasons()).doesNotContain("县里有组织劳务输出，适合愿意外出务工的人员");
    }

    @Test
    void welfarePostsAndWorkshopsEarnTheirPriorityWithinTheDistanceThePersonTravelsDaily() {
        PersonProfile migrant = MatchingFixtures.profile(person("普工", AssistanceGroup.POVERTY_ALLEVIATED)
                .maxDistanceKm(30).willingToMigrate());

        assertThat(score(migrant, vacancy("V1", "帮扶车间", "普工", VacancySource.WORKSHOP, 29)).reasons())
                .contains("帮扶车间优先吸纳帮扶对象就近就业");
        assertThat(score(migrant, vacancy("V2", "帮扶车间", "普工", VacancySource.WORKSHOP, 31)).reasons())
                .doesNotContain("帮扶车间优先吸纳帮扶对象就近就业");
    }

    @Test
    void aWelfarePostOfThePersonsOwnTownshipComesBeforeOneOfAnotherTownshipNearer() {
        PersonProfile person = profile("打扫卫生", AssistanceGroup.DIFFICULT); // of 三星镇

        Scored own = score(person, welfarePost("V1", "三星镇", 8));
        Scored another = score(person, welfarePost("V2", "三厂街道", 3));

        assertThat(own.score()).isGreaterThan(another.score());
        assertThat(own.reasons()).contains("公益性岗位优先安置就业困难人员");
        assertThat(another.reasons()).contains("公益性岗位优先安置就业困难人员（外乡镇的岗位）");
    }

    @Test
    void aWelfarePostSetAsideForVeteransServesAVeteranWhoIsNotHardToEmploy() {
        PersonProfile veteran = profile("当过兵，会开车", AssistanceGroup.VETERAN);
        VacancyProfile forVeterans = VacancyProfile.of(VacancyBuilder.aVacancy().id("V1")
                .source(VacancySource.WELFARE_POST).employer("退役军人服务站").title("协管员").kmEast(2).openings(1)
                .eligibleGroups(Set.of(AssistanceGroup.VETERAN)).build(), MatchingFixtures.DOCUMENTS);

        assertThat(score(veteran, forVeterans).reasons()).contains("公益性岗位，面向您所属的群体");
        assertThat(score(veteran, welfarePost("V2", "三星镇", 2)).reasons()).noneMatch(r -> r.startsWith("公益性岗位"));
    }

    private static VacancyProfile welfarePost(String id, String township, double kmEast) {
        return VacancyProfile.of(VacancyBuilder.aVacancy().id(id).source(VacancySource.WELFARE_POST).employer(township)
                .title("道路保洁员").township(township).kmEast(kmEast).openings(2).build(), MatchingFixtures.DOCUMENTS);
    }

    @Test
    void aPersonWithoutSkillsIsOfferedLowThresholdJobs() {
        PersonProfile person = profile("");

        Scored packing = score(person, vacancy("V1", "车间", "包装工", VacancySource.ENTERPRISE, 5));
        Scored accountant = score(person, vacancy("V2", "公司", "会计", VacancySource.ENTERPRISE, 5));

        assertThat(packing.score()).isGreaterThan(accountant.score());
        assertThat(packing.reasons()).contains("低门槛岗位，无需专门技能");
    }

    @Test
    void aPersonWithoutSkillsIsOfferedAWorkshopsUnskilledJobBeforeOneAskingForATrade() {
        PersonProfile person = profile("");

        Scored stuffing = score(person, vacancy("V1", "帮扶车间", "玩具充棉、剪线头", VacancySource.WORKSHOP, 5));
        Scored sewing = score(person, vacancy("V2", "帮扶车间", "毛绒玩具车缝", VacancySource.WORKSHOP, 5));

        assertThat(stuffing.score()).isGreaterThan(sewing.score());
        assertThat(sewing.reasons()).contains("低门槛岗位，无需专门技能");
    }

    @Test
    void sayingThereAreNoSkillsIsReadAsStatingNone() {
        assertThat(profile("无").hasStatedSkills()).isFalse();
        assertThat(profile("没什么技术").hasStatedSkills()).isFalse();
        assertThat(profile("没啥技术，力气活能干").hasStatedSkills()).isTrue();

        PersonProfile person = profile("没什么技术");
        Scored packing = score(person, vacancy("V1", "车间", "包装工", VacancySource.ENTERPRISE, 5));
        Scored accountant = score(person, vacancy("V2", "公司", "会计", VacancySource.ENTERPRISE, 5));

        assertThat(packing.score()).isGreaterThan(accountant.score());
        assertThat(packing.reasons()).contains("低门槛岗位，无需专门技能");
    }

    @Test
    void aJobArrangedForThoseCaringForAFamilyComesFirstForOneWhoLooksAfterChildrenAtHome() {
        PersonProfile grandmother = profile("在家带孙子");
        VacancyProfile arranged = vacancy("V1", "车间甲", "线束加工（计件，可带孩子）", VacancySource.ENTERPRISE, 3);
        VacancyProfile plain = vacancy("V2", "车间乙", "线束加工（计件）", VacancySource.ENTERPRISE, 3);

        assertThat(grandmother.caresForFamily()).isTrue();
        assertThat(grandmother.hasStatedSkills()).isFalse();
        assertThat(grandmother.concepts()).doesNotContain("育婴员", Documents.FAMILY_DUTIES);
        assertThat(score(grandmother, arranged).reasons()).contains("可兼顾家庭（带孩子、接送），适合要照顾家里的人")
                .noneMatch(reason -> reason.contains("育婴员"));
        assertThat(score(grandmother, arranged).score()).isGreaterThan(score(grandmother, plain).score());
        PersonProfile other = profile("在电子厂做过线束");
        assertThat(score(other, arranged).score()).isEqualTo(score(other, plain).score());
    }

    @Test
    void accessiblePostsRankHigherForDisabledPersons() {
        PersonProfile person = profile("手工", AssistanceGroup.DISABLED);

        Scored accessible = score(person, vacancy("V1", "车间", "手工包装工", VacancySource.ENTERPRISE, 5, true));
        Scored other = score(person, vacancy("V2", "工厂", "手工包装工", VacancySource.ENTERPRISE, 5, false));

        assertThat(accessible.score()).isGreaterThan(other.score());
    }

    @Test
    void nearerRanksHigherAllElseEqual() {
        PersonProfile person = profile("保安");

        Scored near = score(person, vacancy("V1", "甲", "保安", VacancySource.ENTERPRISE, 2));
        Scored far = score(person, vacancy("V2", "乙", "保安", VacancySource.ENTERPRISE, 20));

        assertThat(near.score()).isGreaterThan(far.score());
        assertThat(near.reasons()).anyMatch(r -> r.startsWith("距离 2.0 公里"));
    }

    @Test
    void scoresStayBetweenZeroAndOne() {
        PersonProfile person = profile("打扫卫生", AssistanceGroup.DIFFICULT, AssistanceGroup.ZERO_EMPLOYMENT_FAMILY,
                AssistanceGroup.DISABLED);

        Scored best = score(person, vacancy("V1", "城管办", "保洁员", VacancySource.WELFARE_POST, 0, true));

        assertThat(best.score()).isBetween(0.0, 1.0);
        assertThat(best.factors()).extracting(Factor::weight).containsExactly(0.60, 0.20, 0.20);
    }

    private Scored score(PersonProfile person, VacancyProfile vacancy) {
        return scoring.explain(person, vacancy, vacancy.facts().distanceKm(person.facts()));
    }
}
