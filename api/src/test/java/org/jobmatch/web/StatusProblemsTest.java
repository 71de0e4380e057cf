package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusProblemsTest {

    @Test
    void knownStatusesHaveAStableCodeAndReasons() {
        assertThat(StatusProblems.of(400).getProperties()).containsEntry("code", "bad-request")
                .containsEntry("reasonZh", "请求格式无效");
        assertThat(StatusProblems.of(415).getProperties()).containsEntry("code", "unsupported-media-type");
        assertThat(StatusProblems.of(500).getType().toString()).isEqualTo("urn:jobmatch:problem:internal-error");
    }

    @Test
    void anyOtherStatusStillGetsAProblem() {
        assertThat(StatusProblems.of(418).getProperties()).containsEntry("code", "http-418");
        assertThat(StatusProblems.of(418).getStatus()).isEqualTo(418);
    }
}
