package org.jobmatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FairnessReportTest {

    @Test
    void measuresReferralsPerOpeningAndTheShareOfVacanciesReached() {
        Map<String, Integer> openings = new HashMap<>();
        Map<String, Long> referrals = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            openings.put("V" + i, 2);
            if (i < 10) {
                referrals.put("V" + i, (long) i);
            }
        }

        FairnessReport report = FairnessReport.of(3, referrals, openings, 4.5, 7, null);

        assertThat(report.maxReferralsPerOpening()).isEqualTo(4.5);
        assertThat(report.p95ReferralsPerOpening()).isEqualTo(4.0);
        assertThat(report.shareOfVacanciesReferred()).isEqualTo(0.45);
        assertThat(report.referrals()).isEqualTo(45);
        assertThat(report.averageScoreGivenUp()).isEqualTo(0.1);
        assertThat(report.vacanciesOverCap()).isEqualTo(3);
        assertThat(report.personsCapRelaxed()).isEqualTo(7);
    }

    @Test
    void reportsZerosForAnEmptyRun() {
        FairnessReport report = FairnessReport.of(3, Map.of(), Map.of(), 0, 0, null);

        assertThat(report.maxReferralsPerOpening()).isZero();
        assertThat(report.shareOfVacanciesReferred()).isZero();
        assertThat(report.averageScoreGivenUp()).isZero();
    }
}
