package org.jobmatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint HAIMEN = new GeoPoint(31.8717, 121.1770);

    @Test
    void distanceIsTheHaversineGreatCircle() {
        GeoPoint oneDegreeNorth = new GeoPoint(HAIMEN.lat() + 1, HAIMEN.lon());
        assertThat(HAIMEN.distanceKm(oneDegreeNorth)).isCloseTo(Math.toRadians(1) * 6371.0088, within(1e-9));
        assertThat(HAIMEN.distanceKm(HAIMEN)).isZero();
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180))).isCloseTo(Math.PI * 6371.0088, within(1e-9));
    }

    @Test
    void rejectsCoordinatesOutOfRange() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
