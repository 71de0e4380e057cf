package org.jobmatch.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jobmatch.matching.Candidate;
import org.junit.jupiter.api.Test;

class FairCandidateTest {

    private final Candidate candidate = new Candidate(1, "P-0001", 47, "三星镇", 1.2, 0.81, List.of("技能匹配: 缝纫"));

    @Test
    void masksTheNameAndCarriesNeitherIdNumberNorPhone() throws Exception {
        FairCandidate view = FairCandidate.of(candidate, FairFixtures.seamstress(), List.of(), false);

        String json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(view);

        assertThat(view.name()).isEqualTo("王*英");
        assertThat(json).doesNotContain("王秀英", "320614197906121245", "13812345678", "5678", "H-0001");
    }

    @Test
    void showsGroupsAndGenderInChinese() {
        FairCandidate view = FairCandidate.of(candidate, FairFixtures.seamstress(), List.of(), true);

        assertThat(view.groups()).containsExactly("脱贫劳动力");
        assertThat(view.gender()).isEqualTo("女");
        assertThat(view.invited()).isTrue();
    }
}
