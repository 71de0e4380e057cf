package org.jobmatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GeoPointUnitTest {

    @Test
    void theSeriesForShortDistancesGivesTheArcOfMathAsin() {
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            double chord = random.nextDouble() * 0.02 * Math.pow(10, -random.nextInt(6));
            double exact = 2 * GeoPoint.EARTH_RADIUS_KM * Math.asin(chord / 2);
            assertThat(GeoPoint.Unit.kmOfChordSquared(chord * chord)).isCloseTo(exact, within(1e-9 + exact * 1e-14));
        }
    }

    @Test
    void farPointsUseAsinItself() {
        GeoPoint haimen = new GeoPoint(31.871, 121.176);
        GeoPoint beijing = new GeoPoint(39.904, 116.407);
        assertThat(haimen.distanceKm(beijing)).isCloseTo(991, within(10.0));
    }
}
