package org.jobmatch.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.matching.Candidate;
import org.jobmatch.matching.Shortlist;
import org.junit.jupiter.api.Test;

class OtherMatchesTest {

    private final Vacancy sewing = FairFixtures.vacancy("V-1", "缝纫工", 50, VacancySource.ENTERPRISE, Set.of());
    private final Vacancy packing = FairFixtures.vacancy("V-2", "包装工", 50, VacancySource.WORKSHOP, Set.of());
    private final Vacancy young = FairFixtures.vacancy("V-3", "电商客服", 35, VacancySource.ENTERPRISE, Set.of());
    private final Vacancy fishers = FairFixtures.vacancy("V-4", "护渔巡查员", 60, VacancySource.WELFARE_POST,
            Set.of(AssistanceGroup.RETIRED_FISHER));

    @Test
    void listsTheFairsOtherVacanciesThePersonPassesEveryHardRuleFor() {
        OtherMatches others = new OtherMatches(List.of(sewing, packing, young, fishers), Map.of(), FairFixtures.TODAY);

        assertThat(others.of(FairFixtures.seamstress(), "V-1"))
                .extracting(FairCandidate.OtherMatch::vacancyId).containsExactly("V-2");
    }

    @Test
    void givesTheRankOnTheOtherShortlistWhereThePersonIsOnIt() {
        Shortlist packers = new Shortlist("V-2", List.of(
                new Candidate(1, "P-9", 40, "三星镇", 0, 0.9, List.of()),
                new Candidate(2, "P-0001", 47, "三星镇", 0, 0.8, List.of())), null);
        OtherMatches others = new OtherMatches(List.of(sewing, packing), Map.of("V-2", packers), FairFixtures.TODAY);

        assertThat(others.of(FairFixtures.seamstress(), "V-1")).singleElement()
                .extracting(FairCandidate.OtherMatch::rank).isEqualTo(2);
        assertThat(others.of(FairFixtures.seamstress(), "V-2")).singleElement()
                .extracting(FairCandidate.OtherMatch::rank).isNull();
    }
}
