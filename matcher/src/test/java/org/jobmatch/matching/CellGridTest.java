package org.jobmatch.matching;

import java.util.Random;

import org.jobmatch.domain.GeoPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellGridTest {

    @Test
    void cellDistanceNeverExceedsTheDistanceToAnyOfItsVacancies() {
        Random random = new Random(7);
        int n = 2000;
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = 31.6 + random.nextDouble() * 0.8;
            lon[i] = 120.8 + random.nextDouble() * 0.9;
        }
        CellGrid grid = new CellGrid(lat, lon, new int[n]);
        for (int p = 0; p < 300; p++) {
            // persons inside the county and well outside it
            GeoPoint at = new GeoPoint(31.0 + random.nextDouble() * 2, 120.0 + random.nextDouble() * 2.5);
            for (int c = 0; c < grid.count(); c++) {
                for (int doc : grid.docs(c)) {
                    assertThat(grid.minKm(at.lat(), at.lon(), c))
                            .isLessThanOrEqualTo(at.distanceKm(new GeoPoint(lat[doc], lon[doc])));
                }
            }
        }
    }

    @Test
    void ordersCellsByTheirBestPossibleScoreAndLeavesOutCellsBeyondReach() {
        double[] lat = {31.90, 31.90, 32.20};
        double[] lon = {121.00, 121.10, 121.00};
        int[] flags = {0, CellGrid.ASSISTED, 0};
        CellGrid grid = new CellGrid(lat, lon, flags);
        double[] bonus = {0, 0, 2, 2, 0, 0, 2, 2};
        long[] keys = new long[grid.count()];

        int reachable = grid.order(31.90, 121.00, 20, bonus, keys);

        assertThat(reachable).isEqualTo(2);
        // the assisted vacancy 9.4 km away can score more (decay 2.27 + 2) than the one next door (3)
        assertThat(grid.docs(CellGrid.cell(keys[1]))).containsExactly(1);
        assertThat(CellGrid.bound(keys[1])).isCloseTo(LocalSearch.decay(9.44) + 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(grid.docs(CellGrid.cell(keys[0]))).containsExactly(0);
    }
}
