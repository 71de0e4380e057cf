package org.jobmatch.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobmatch.domain.Gender;
import org.junit.jupiter.api.Test;

class JobTextsTest {

    @Test
    void wordsWageRanges() {
        assertThat(JobTexts.wage(4000, 6500)).isEqualTo("4000–6500 元/月");
        assertThat(JobTexts.wage(2280, 2280)).isEqualTo("2280 元/月");
        assertThat(JobTexts.wage(3000, null)).isEqualTo("3000 元/月起");
        assertThat(JobTexts.wage(null, 5000)).isEqualTo("最高 5000 元/月");
        assertThat(JobTexts.wage(null, null)).isEqualTo("面议");
    }

    @Test
    void labelsContractEnumNamesAndPassesUnknownOnesThrough() {
        assertThat(JobTexts.workMode("SEASONAL")).isEqualTo("季节性");
        assertThat(JobTexts.source("WORKSHOP")).isEqualTo("就业帮扶车间");
        assertThat(JobTexts.workMode("NIGHT")).isEqualTo("NIGHT");
        assertThat(JobTexts.source(null)).isEmpty();
        assertThat(JobTexts.gender(Gender.F)).isEqualTo("女");
    }
}
