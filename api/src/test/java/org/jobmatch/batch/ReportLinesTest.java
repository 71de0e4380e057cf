package org.jobmatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jobmatch.batch.allocation.Spread;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class ReportLinesTest {

    @Test
    void showsTheSpreadAsReadableChineseLines() {
        Spread spread = new Spread(false, 4.2, 4.0, 4.0, 12, 90, 95, 100, 250.0, 240.0, 9, 1.5);
        FairnessReport report = FairnessReport.of(3, Map.of("V1", 8L, "V2", 3L), Map.of("V1", 2, "V2", 1), 10.0, 4, spread);

        List<String> lines = ReportLines.of(report).stream().map(ReportLines.Line::toString).toList();

        assertThat(String.join("\n", lines)).contains("单个名额最多推荐人数 (max referrals per opening): 4.00",
                "任何分配可达到的下限 (lower bound any allocation can reach): 4.00",
                "否，12 个岗位放宽到 4.20 倍名额", "获得三个推荐的人员比例", "90.0%", "可能的最高比例 (possible) 95.0%",
                "相对不设上限时让出的匹配分", "4.0%").doesNotContain("FairnessReport[", "Spread[");
    }

    @Test
    void leavesOutWhatARunAllocatedBeforeTheFiguresWereKeptDidNotMeasure() {
        FairnessReport report = FairnessReport.of(3, Map.of(), Map.of(), 0, 0, null);

        assertThat(ReportLines.of(report)).extracting(ReportLines.Line::labelEn)
                .doesNotContain("lower bound any allocation can reach", "share of persons with three referrals");
    }

    @Test
    void aFailedRunSaysWhyInChineseAndEnglishWithoutTheExceptionsText() {
        BatchFailure ranking = BatchFailure.of(BatchFailure.Step.RANKING, new IllegalStateException("P-0001 320684..."));
        BatchFailure ledger = BatchFailure.of(BatchFailure.Step.WRITING, new DataAccessResourceFailureException("down"));

        assertThat(ranking.code()).isEqualTo("batch-ranking-failed");
        assertThat(ranking.type()).isEqualTo("urn:jobmatch:problem:batch-ranking-failed");
        assertThat(ranking.reasonZh()).contains("匹配");
        assertThat(ranking.reasonEn()).contains("ranking");
        assertThat(ranking.toString()).doesNotContain("P-0001", "IllegalStateException");
        assertThat(ledger.code()).isEqualTo("batch-ledger-unavailable");
    }
}
