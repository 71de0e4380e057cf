package org.jobmatch.matching;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.geo.GeoEncodingUtils;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.WorkMode;
import org.jobmatch.index.VacancyDocument;

/**
 * The pooled vacancies laid out for scoring in Java the way Elasticsearch scores the recommendation
 * query: columns of the filtered fields, coordinates quantised like geo doc values, and the BM25
 * statistics of the {@code terms} field. Scores agree with Elasticsearch's within float rounding; a
 * batch checks that on a sample before trusting them (see {@link LocalSearch}).
 */
final class LocalIndex {

    final VacancyPool.Pooled[] docs;
    /** Unit vectors of the quantised locations: distances by chord length, without trigonometry per pair. */
    final double[] x;
    final double[] y;
    final double[] z;
    /** Quantised coordinates, as Elasticsearch's distance filter reads them. */
    final double[] lat;
    final double[] lon;
    final int[] ageMin;
    final int[] ageMax;
    final boolean[] open;
    final int[] workModeBit;
    final int[] wageMax;
    /** Bits of the eligible groups ({@link #ANY_GROUP_BIT} when anyone may be referred). */
    final int[] groupMask;
    /** {@link CellGrid#LOW_THRESHOLD}, {@link CellGrid#ASSISTED}, {@link CellGrid#ACCESSIBLE} bits. */
    final int[] flags;
    private final CellGrid cells;
    private final Bm25Postings bm25;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, int[]> byTitleConcept;
    private final Map<String, int[]> byConcept;
    static final int ANY_GROUP_BIT = 1 << 30;
    private static final int MAX_AGE = 120;
    /** Bit sets over the documents: open and admitting that age; eligible for that group bit; of that work mode. */
    private final long[][] openForAge = new long[MAX_AGE + 1][];
    private final long[][] forGroup = new long[32][];
    private final long[][] ofWorkMode = new long[WorkMode.values().length][];
    static final int NO_WAGE = Integer.MAX_VALUE;
    final float lowThresholdScore;
    final float accessibleScore;

    LocalIndex(java.util.Collection<VacancyPool.Pooled> vacancies, LocalDate today, float lowThresholdScore,
               float accessibleScore, TermStatistics.Source statistics) throws IOException {
        List<VacancyPool.Pooled> pooled = new ArrayList<>(vacancies);
        pooled.sort(java.util.Comparator.comparing(p -> p.document().id()));
        int n = pooled.size();
        docs = pooled.toArray(VacancyPool.Pooled[]::new);
        x = new double[n];
        y = new double[n];
        z = new double[n];
        ageMin = new int[n];
        ageMax = new int[n];
        open = new boolean[n];
        workModeBit = new int[n];
        wageMax = new int[n];
        groupMask = new int[n];
        Map<String, List<Integer>> titles = new HashMap<>();
        Map<String, List<Integer>> all = new HashMap<>();
        flags = new int[n];
        lat = new double[n];
        lon = new double[n];
        for (int i = 0; i < n; i++) {
            VacancyDocument d = docs[i].document();
            positions.put(d.id(), i);
            // Quantised as geo_point doc values are, which the distance decay reads.
            lat[i] = GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(d.location().lat()));
            lon[i] = GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(d.location().lon()));
            double[] unit = unit(lat[i], lon[i]);
            x[i] = unit[0];
            y[i] = unit[1];
            z[i] = unit[2];
            ageMin[i] = d.ageMin();
            ageMax[i] = d.ageMax();
            open[i] = d.openings() >= 1 && (d.validUntil() == null || !d.validUntil().isBefore(today));
            workModeBit[i] = 1 << WorkMode.valueOf(d.workMode()).ordinal();
            wageMax[i] = d.wageMax() == null ? NO_WAGE : d.wageMax();
            groupMask[i] = groupMask(d.eligibleGroups());
            index(titles, d.titleConcepts(), i);
            index(all, d.concepts(), i);
            flags[i] = (d.lowThreshold() ? CellGrid.LOW_THRESHOLD : 0) | (d.accessible() ? CellGrid.ACCESSIBLE : 0)
                    | (d.source().equals("WELFARE_POST") || d.source().equals("WORKSHOP") ? CellGrid.ASSISTED : 0);
        }
        bitSets(n);
        cells = new CellGrid(lat, lon, flags);
        byTitleConcept = arrays(titles);
        byConcept = arrays(all);
        this.lowThresholdScore = lowThresholdScore;
        this.accessibleScore = accessibleScore;
        String[][] tokens = new String[n][];
        for (int i = 0; i < n; i++) {
            tokens[i] = tokens(docs[i].document().terms());
        }
        this.bm25 = new Bm25Postings(tokens, statistics);
    }

    static int groupMask(Set<String> groups) {
        int mask = 0;
        for (String g : groups) {
            mask |= g.equals(VacancyDocument.ANY_GROUP) ? ANY_GROUP_BIT : 1 << AssistanceGroup.valueOf(g).ordinal();
        }
        return mask;
    }

    int[] withTitleConcept(String concept) {
        return byTitleConcept.getOrDefault(concept, new int[0]);
    }

    int[] withConcept(String concept) {
        return byConcept.getOrDefault(concept, new int[0]);
    }

    private static void index(Map<String, List<Integer>> inverted, Set<String> keys, int doc) {
        if (keys != null) {
            keys.forEach(k -> inverted.computeIfAbsent(k, x -> new ArrayList<>()).add(doc));
        }
    }

    private static Map<String, int[]> arrays(Map<String, List<Integer>> inverted) {
        Map<String, int[]> arrays = new HashMap<>();
        inverted.forEach((k, list) -> arrays.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    /**
     * The documents passing the person-independent filters for a person of {@code age} in
     * {@code groupMask} accepting {@code modeMask} (0: any work mode), as a bit set.
     */
    long[] eligible(int age, int groupMask, int modeMask) {
        int words = (docs.length + 63) / 64;
        long[] result = new long[words];
        if (age < 0 || age > MAX_AGE) {
            return result;
        }
        for (int bit = 0; bit < 32; bit++) {
            if ((groupMask & (1 << bit)) != 0 && forGroup[bit] != null) {
                or(result, forGroup[bit]);
            }
        }
        and(result, openForAge[age]);
        if (modeMask != 0) {
            long[] modes = new long[words];
            for (int m = 0; m < ofWorkMode.length; m++) {
                if ((modeMask & (1 << m)) != 0) {
                    or(modes, ofWorkMode[m]);
                }
            }
            and(result, modes);
        }
        return result;
    }

    private void bitSets(int n) {
        int words = (n + 63) / 64;
        for (int age = 0; age <= MAX_AGE; age++) {
            openForAge[age] = new long[words];
        }
        for (int m = 0; m < ofWorkMode.length; m++) {
            ofWorkMode[m] = new long[words];
        }
        for (int i = 0; i < n; i++) {
            for (int age = Math.max(0, ageMin[i]); open[i] && age <= Math.min(MAX_AGE, ageMax[i]); age++) {
                openForAge[age][i >> 6] |= 1L << i;
            }
            for (int bit = 0; bit < 32; bit++) {
                if ((groupMask[i] & (1 << bit)) != 0) {
                    if (forGroup[bit] == null) {
                        forGroup[bit] = new long[words];
                    }
                    forGroup[bit][i >> 6] |= 1L << i;
                }
            }
            ofWorkMode[Integer.numberOfTrailingZeros(workModeBit[i])][i >> 6] |= 1L << i;
        }
    }

    private static void or(long[] into, long[] other) {
        for (int w = 0; w < into.length; w++) {
            into[w] |= other[w];
        }
    }

    private static void and(long[] into, long[] other) {
        for (int w = 0; w < into.length; w++) {
            into[w] &= other[w];
        }
    }

    /** The position of vacancy {@code id}, -1 when not pooled. */
    int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    int size() {
        return docs.length;
    }

    CellGrid cells() {
        return cells;
    }

    Bm25Postings.Posting posting(String term) {
        return bm25.posting(term);
    }

    static double[] unit(double latDeg, double lonDeg) {
        double phi = Math.toRadians(latDeg);
        double lambda = Math.toRadians(lonDeg);
        return new double[]{Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
    }

    static String[] tokens(String text) {
        return text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
    }
}
