package org.jobmatch.domain;

/** A WGS84 point. */
public record GeoPoint(double lat, double lon) {

    static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }

    /**
     * Great-circle distance (the haversine's value, computed from the chord between the points' unit vectors,
     * which a matcher can keep per point): the one distance of the service.
     */
    public double distanceKm(GeoPoint other) {
        return toUnit().distanceKm(other.toUnit());
    }

    public Unit toUnit() {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        return new Unit(Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi));
    }

    /** A point as a unit vector from the earth's centre. */
    public record Unit(double x, double y, double z) {

        public double distanceKm(Unit other) {
            return kmOfChordSquared(chordSquared(x, y, z, other.x, other.y, other.z));
        }

        public static double chordSquared(double x1, double y1, double z1, double x2, double y2, double z2) {
            double dx = x1 - x2;
            double dy = y1 - y2;
            double dz = z1 - z2;
            return dx * dx + dy * dy + dz * dz;
        }

        /** The arc of a chord (of the unit sphere), in km: 2R asin(chord / 2). */
        public static double kmOfChordSquared(double chordSquared) {
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chordSquared) / 2));
        }
    }
}
