package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jobmatch.matching.Recommendation;
import org.junit.jupiter.api.Test;

class JobCardTest {

    @Test
    void wordsARecommendationForTheCard() {
        Recommendation r = new Recommendation(1, "V-0002", "道路保洁员", "海门街道城市管理办公室", "WELFARE_POST", 2.4, 0.87,
                List.of("技能匹配: 保洁"), "海门街道", "FULL_TIME", 2280, 2280, "李主任", "0513-82123456");

        JobCard card = JobCard.of(r, false);

        assertThat(card.wage()).isEqualTo("2280 元/月");
        assertThat(card.workMode()).isEqualTo("全职");
        assertThat(card.source()).isEqualTo("公益性岗位");
        assertThat(card.reasons()).containsExactly("技能匹配: 保洁");
        assertThat(card.contactPhone()).isEqualTo("0513-82123456");
    }
}
