package org.jobmatch.matching;

import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.util.SloppyMath;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.WorkMode;

/**
 * A person as the local search filters and scores for them: the vacancies their age, groups and work
 * modes admit, their wage floor and travel limit, and the bonus each combination of a vacancy's flags
 * ({@link CellGrid#LOW_THRESHOLD} ...) gives them.
 * <p>
 * The travel limit is tested as Lucene's distance query (behind Elasticsearch's {@code geo_distance})
 * tests it, so that a vacancy right at the limit is decided exactly: {@link SloppyMath#haversinSortKey}
 * of the quantised location against {@link GeoUtils#distanceQuerySortKey} of the radius in metres.
 */
record Seeker(double lat, double lon, double[] unit, long[] eligible, int minWage, boolean willingToMigrate,
              double maxDistanceKm, double distanceKey, double[] bonus) {

    /** Beyond this no vacancy is within the limit, with room for the sloppy haversine's error. */
    double reachKm() {
        return willingToMigrate ? Double.POSITIVE_INFINITY : maxDistanceKm * 1.001 + 0.01;
    }

    /** As Elasticsearch's {@code geo_distance} turns {@code "<km>km"} into a radius and Lucene into a key. */
    static double distanceKey(double km) {
        return GeoUtils.distanceQuerySortKey(km * 1000.0);
    }

    boolean reaches(double vacancyLat, double vacancyLon) {
        return willingToMigrate || SloppyMath.haversinSortKey(vacancyLat, vacancyLon, lat, lon) <= distanceKey;
    }

    static Seeker of(PersonProfile profile, LocalIndex index) {
        Person person = profile.person();
        Preferences pref = person.preferences();
        int groups = LocalIndex.ANY_GROUP_BIT;
        for (AssistanceGroup g : person.groups()) {
            groups |= 1 << g.ordinal();
        }
        int modes = 0;
        for (WorkMode m : pref.workModes()) {
            modes |= 1 << m.ordinal();
        }
        double low = profile.hasStatedSkills() ? 0 : index.lowThresholdScore;
        double assisted = profile.isHardToEmploy() ? 2 : 0;
        double accessible = profile.in(AssistanceGroup.DISABLED) ? index.accessibleScore : 0;
        double[] bonus = new double[CellGrid.FLAG_COMBINATIONS];
        for (int f = 0; f < bonus.length; f++) {
            bonus[f] = ((f & CellGrid.LOW_THRESHOLD) != 0 ? low : 0) + ((f & CellGrid.ASSISTED) != 0 ? assisted : 0)
                    + ((f & CellGrid.ACCESSIBLE) != 0 ? accessible : 0);
        }
        double lat = person.location().lat();
        double lon = person.location().lon();
        return new Seeker(lat, lon, LocalIndex.unit(lat, lon), index.eligible(profile.age(), groups, modes),
                pref.minWage() == null ? Integer.MIN_VALUE : pref.minWage(), pref.willingToMigrate(),
                pref.maxDistanceKm(), distanceKey(pref.maxDistanceKm()), bonus);
    }

    /** Whether a vacancy paying at most {@code wageMax} ({@link LocalIndex#NO_WAGE}: not stated) is enough. */
    boolean paidEnough(int wageMax) {
        return wageMax == LocalIndex.NO_WAGE || wageMax >= minWage;
    }

    boolean admits(int doc) {
        return (eligible[doc >> 6] & (1L << doc)) != 0;
    }
}
