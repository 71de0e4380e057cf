package org.jobmatch.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vacancies bucketed by location into cells of about {@link #CELL_KM}, so that a search can visit
 * them nearest first and stop where no farther vacancy can reach the cut. A cell's distance from a
 * point is a lower bound of the great-circle distance to each of its vacancies.
 */
final class CellGrid {

    /** Flag bits of a vacancy that add to its score: {@code lowThreshold}, assistance source, accessible. */
    static final int LOW_THRESHOLD = 1;
    static final int ASSISTED = 2;
    static final int ACCESSIBLE = 4;
    static final int FLAG_COMBINATIONS = 8;
    private static final double CELL_KM = 2;
    private static final double KM_PER_DEGREE = Math.toRadians(1) * LocalSearch.EARTH_RADIUS_KM;
    /** Keeps planar distances below great-circle ones despite rounding and geodesics bulging poleward. */
    private static final double SHRINK = 0.999;
    /** An order key: the bound rounded up to a multiple of 2^-20, then the cell number in the low bits. */
    private static final int CELL_BITS = 20;
    private static final double BOUND_SCALE = 1 << 20;

    private final int[][] docs;
    private final int[] flags;
    private final double[] minLat;
    private final double[] maxLat;
    private final double[] minLon;
    private final double[] maxLon;
    private final double maxAbsLat;

    /** Cells over documents at (quantised) {@code lat}, {@code lon} with the given flag bits. */
    CellGrid(double[] lat, double[] lon, int[] docFlags) {
        double midLat = Arrays.stream(lat).average().orElse(0);
        double cellLat = CELL_KM / KM_PER_DEGREE;
        double cellLon = cellLat / Math.max(0.01, Math.cos(Math.toRadians(midLat)));
        Map<Long, List<Integer>> byCell = new LinkedHashMap<>();
        for (int i = 0; i < lat.length; i++) {
            long row = (long) Math.floor(lat[i] / cellLat);
            long col = (long) Math.floor(lon[i] / cellLon);
            byCell.computeIfAbsent((row << 32) ^ (col & 0xffffffffL), k -> new ArrayList<>()).add(i);
        }
        if (byCell.size() >= 1 << CELL_BITS) {
            throw new IllegalStateException("too many cells: " + byCell.size());
        }
        int n = byCell.size();
        docs = new int[n][];
        flags = new int[n];
        minLat = new double[n];
        maxLat = new double[n];
        minLon = new double[n];
        maxLon = new double[n];
        int c = 0;
        for (List<Integer> members : byCell.values()) {
            docs[c] = members.stream().mapToInt(Integer::intValue).toArray();
            minLat[c] = members.stream().mapToDouble(i -> lat[i]).min().orElseThrow();
            maxLat[c] = members.stream().mapToDouble(i -> lat[i]).max().orElseThrow();
            minLon[c] = members.stream().mapToDouble(i -> lon[i]).min().orElseThrow();
            maxLon[c] = members.stream().mapToDouble(i -> lon[i]).max().orElseThrow();
            for (int i : members) {
                flags[c] |= docFlags[i];
            }
            c++;
        }
        maxAbsLat = Arrays.stream(lat).map(Math::abs).max().orElse(0);
    }

    int count() {
        return docs.length;
    }

    int[] docs(int cell) {
        return docs[cell];
    }

    /** The flag bits present among the vacancies of {@code cell}. */
    int flags(int cell) {
        return flags[cell];
    }

    /**
     * Lower bound of the distance from ({@code lat}, {@code lon}) to any vacancy of {@code cell}: planar,
     * with the east-west scale of the latitude farthest from the equator, where a degree of longitude is
     * shortest, so no path between the two is shorter.
     */
    double minKm(double lat, double lon, int cell) {
        return minKm(lat, lon, cell, eastWestScale(lat));
    }

    private double eastWestScale(double lat) {
        return Math.cos(Math.toRadians(Math.min(89.9, Math.max(Math.abs(lat), maxAbsLat) + 0.1)));
    }

    private double minKm(double lat, double lon, int cell, double cosRef) {
        double north = gap(lat, minLat[cell], maxLat[cell]) * KM_PER_DEGREE;
        double east = gap(lon, minLon[cell], maxLon[cell]) * KM_PER_DEGREE * cosRef;
        return SHRINK * Math.sqrt(north * north + east * east);
    }

    /**
     * Fills {@code into} with order keys of the cells within {@code reachKm}, ascending: each key carries the
     * highest score a vacancy of the cell can get without text, its distance decay at the cell's distance
     * plus the bonus of the flags present ({@code bonus} by flag bits). Returns how many.
     */
    int order(double lat, double lon, double reachKm, double[] bonus, long[] into) {
        int n = 0;
        double cosRef = eastWestScale(lat);
        for (int c = 0; c < docs.length; c++) {
            double km = minKm(lat, lon, c, cosRef);
            if (km <= reachKm) {
                double bound = LocalSearch.decay(km) + bonus[flags[c]] + 1e-9;
                into[n++] = ((long) Math.ceil(bound * BOUND_SCALE) << CELL_BITS) | c;
            }
        }
        Arrays.sort(into, 0, n);
        return n;
    }

    static double bound(long key) {
        return (key >>> CELL_BITS) / BOUND_SCALE;
    }

    static int cell(long key) {
        return (int) (key & ((1 << CELL_BITS) - 1));
    }

    private static double gap(double value, double min, double max) {
        return value < min ? min - value : value > max ? value - max : 0;
    }
}
