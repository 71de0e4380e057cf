package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jobmatch.matching.RankingBusyException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class RankingBusyProblemTest {

    @Test
    void noTurnToRankIs503WithAReasonInChineseAndEnglishAndWhenToTryAgain() {
        ResponseEntity<ProblemDetail> answer = new ProblemAdvice().rankingBusy(
                new RankingBusyException(Duration.ofSeconds(2)),
                new MockHttpServletRequest("GET", "/api/v1/kiosk/recommendations"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        ProblemDetail problem = answer.getBody();
        assertThat(problem.getProperties()).containsEntry("code", "ranking-busy");
        assertThat(problem.getDetail()).contains("请稍后再试").contains("try again shortly");
        assertThat(problem.getInstance()).hasToString("/api/v1/kiosk/recommendations");
    }
}
