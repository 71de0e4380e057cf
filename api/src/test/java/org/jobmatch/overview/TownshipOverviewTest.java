package org.jobmatch.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TownshipOverviewTest {

    @Test
    void totalsEveryColumn() {
        var overview = TownshipOverview.of(LocalDate.of(2026, 12, 1), List.of(
                new TownshipOverview.Township("三星镇", 2, 10, 4, 1),
                new TownshipOverview.Township("海门街道", 1, 3, 7, 0)));

        assertThat(overview.total()).isEqualTo(new TownshipOverview.Township("合计", 3, 13, 11, 1));
    }
}
