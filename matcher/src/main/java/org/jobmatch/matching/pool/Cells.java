package org.jobmatch.matching.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.GeoPoint;
import org.jobmatch.matching.profile.VacancyProfile;

/**
 * The vacancies of a snapshot in cells of about 5 km, each with a centre and the distance from it to its farthest
 * vacancy, so that the distance from a person to anything in a cell is at least the distance to the centre less
 * that radius (the triangle inequality of the service's own distance): a scan can visit cells nearest first and
 * stop where no vacancy left could be kept or reached.
 */
final class Cells {

    private static final double CELL_DEGREES = 0.05;
    /** Rounding of the distance's arithmetic, far below what could change a ranking. */
    private static final double SLACK_KM = 1e-6;

    private final int[][] members;
    private final GeoPoint.Unit[] centres;
    private final double[] radii;

    Cells(VacancyProfile[] vacancies) {
        Map<Long, List<Integer>> byCell = new HashMap<>();
        for (int i = 0; i < vacancies.length; i++) {
            GeoPoint at = vacancies[i].vacancy().location();
            long key = ((long) Math.floor(at.lat() / CELL_DEGREES) << 32) ^ (long) Math.floor(at.lon() / CELL_DEGREES);
            byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        int n = byCell.size();
        members = new int[n][];
        centres = new GeoPoint.Unit[n];
        radii = new double[n];
        int c = 0;
        for (List<Integer> cell : byCell.values()) {
            members[c] = cell.stream().mapToInt(Integer::intValue).toArray();
            centres[c] = centre(vacancies, members[c]);
            for (int v : members[c]) {
                radii[c] = Math.max(radii[c], vacancies[v].facts().at().distanceKm(centres[c]));
            }
            c++;
        }
    }

    int count() {
        return members.length;
    }

    int[] members(int cell) {
        return members[cell];
    }

    /**
     * The cells nearest first, each as its least distance from {@code at} (to any of its vacancies, in float,
     * rounded down) in the high half and its number in the low half, into {@code into}.
     */
    void nearestFirst(GeoPoint.Unit at, long[] into) {
        for (int c = 0; c < members.length; c++) {
            float least = Math.max(0f, Math.nextDown((float) (at.distanceKm(centres[c]) - radii[c] - SLACK_KM)));
            into[c] = (long) Float.floatToIntBits(least) << 32 | c;
        }
        Arrays.sort(into, 0, members.length);
    }

    static double leastKm(long entry) {
        return Float.intBitsToFloat((int) (entry >>> 32));
    }

    static int cell(long entry) {
        return (int) entry;
    }

    private static GeoPoint.Unit centre(VacancyProfile[] vacancies, int[] cell) {
        double lat = 0;
        double lon = 0;
        for (int v : cell) {
            lat += vacancies[v].vacancy().location().lat();
            lon += vacancies[v].vacancy().location().lon();
        }
        return new GeoPoint(lat / cell.length, lon / cell.length).toUnit();
    }
}
