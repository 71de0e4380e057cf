package org.jobmatch.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.domain.WorkMode;

/**
 * Finds a person's search candidates in Java, scoring every vacancy as the recommendation query does.
 * Scores may differ from Elasticsearch's by float rounding ({@link #EPSILON}), so the candidates come in
 * two parts: {@code certain} (surely among Elasticsearch's top hits) and {@code uncertain} (scored so
 * near the cut that either side is possible). Vacancies near the travel limit are likewise undecided;
 * when one of them could matter, no answer is given and the caller searches Elasticsearch.
 */
final class LocalSearch {

    /** Largest difference allowed between this score and Elasticsearch's (floats, quantised coordinates). */
    static final double EPSILON = 1e-3;
    private static final double DISTANCE_MARGIN_KM = 0.005;
    /** Beyond this many near-ties at the cut, a full search decides (tie order is by internal doc id). */
    private static final int MAX_UNCERTAIN = 2000;
    private static final double EARTH_RADIUS_KM = 6371.0087714;
    private static final double GAUSS_SCALE_KM = 15;
    private static final double DECAY_WEIGHT = 3;

    record Candidates(List<Integer> certain, List<Integer> uncertain, double[] scores) {
    }

    private final LocalIndex index;
    private final int size;
    private final ThreadLocal<double[]> scratch;
    /** Per thread: the vacancies of the last search that lie at the travel limit; element 0 is the count. */
    private final ThreadLocal<int[]> boundary;
    /** Per thread: distances and decay from the last location (persons of one village share a location). */
    private final ThreadLocal<Origin> origin;

    private record Origin(double lat, double lon, double[] km, double[] decay) {
    }

    LocalSearch(LocalIndex index, int size) {
        this.index = index;
        this.size = size;
        this.scratch = ThreadLocal.withInitial(() -> new double[index.size()]);
        this.boundary = ThreadLocal.withInitial(() -> new int[index.size() + 1]);
        this.origin = ThreadLocal.withInitial(() -> new Origin(Double.NaN, Double.NaN, new double[0], new double[0]));
    }

    LocalIndex index() {
        return index;
    }

    /** The candidates, or empty when a vacancy at the travel limit could change them. */
    Optional<Candidates> search(PersonProfile profile) {
        return search(profile, false);
    }

    /** As {@link #search(PersonProfile)}; with {@code keepScores} the candidates carry every score (for checks). */
    Optional<Candidates> search(PersonProfile profile, boolean keepScores) {
        double[] score = scratch.get();
        int[] atLimit = boundary.get();
        base(profile, score, atLimit);
        addText(profile, score);
        double cut = TopScores.cut(score, size);
        List<Integer> certain = new ArrayList<>(size);
        List<Integer> uncertain = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            double s = score[i];
            if (Double.isNaN(s) || s < cut - 2 * EPSILON) {
                continue;
            }
            if (s > cut + 2 * EPSILON) {
                certain.add(i);
            } else if (uncertain.size() < MAX_UNCERTAIN) {
                uncertain.add(i);
            } else {
                return Optional.empty();
            }
        }
        for (int k = 1; k <= atLimit[0]; k++) {
            if (score[atLimit[k]] >= cut - 2 * EPSILON) {
                return Optional.empty();
            }
        }
        return Optional.of(new Candidates(certain, uncertain, keepScores ? score.clone() : new double[0]));
    }

    /** Hard-rule filters, assistance priorities and distance decay; NaN for a vacancy the filters drop. */
    private void base(PersonProfile profile, double[] score, int[] atLimit) {
        Person person = profile.person();
        Preferences pref = person.preferences();
        int age = profile.age();
        int groups = LocalIndex.ANY_GROUP_BIT;
        for (AssistanceGroup g : person.groups()) {
            groups |= 1 << g.ordinal();
        }
        int modes = 0;
        for (WorkMode m : pref.workModes()) {
            modes |= 1 << m.ordinal();
        }
        int minWage = pref.minWage() == null ? Integer.MIN_VALUE : pref.minWage();
        double low = profile.hasStatedSkills() ? 0 : index.lowThresholdScore;
        double assisted = profile.isHardToEmploy() ? 2 : 0;
        double accessible = profile.in(AssistanceGroup.DISABLED) ? index.accessibleScore : 0;
        Origin at = origin(person.location().lat(), person.location().lon());
        atLimit[0] = 0;
        java.util.Arrays.fill(score, Double.NaN);
        long[] eligible = index.eligible(age, groups, modes);
        for (int w = 0; w < eligible.length; w++) {
            for (long bits = eligible[w]; bits != 0; bits &= bits - 1) {
                score(w * 64 + Long.numberOfTrailingZeros(bits), score, at, pref, minWage, low, assisted, accessible, atLimit);
            }
        }
    }

    private void score(int i, double[] score, Origin at, Preferences pref, int minWage, double low, double assisted,
                       double accessible, int[] atLimit) {
        if (index.wageMax[i] != LocalIndex.NO_WAGE && index.wageMax[i] < minWage) {
            return;
        }
        double km = at.km()[i];
        if (!pref.willingToMigrate() && km > pref.maxDistanceKm() - DISTANCE_MARGIN_KM) {
            if (km > pref.maxDistanceKm() + DISTANCE_MARGIN_KM) {
                return;
            }
            atLimit[++atLimit[0]] = i;
        }
        double s = at.decay()[i];
        if (index.lowThreshold[i]) {
            s += low;
        }
        if (index.assisted[i]) {
            s += assisted;
        }
        if (index.accessible[i]) {
            s += accessible;
        }
        score[i] = s;
    }

    /** Distances and weighted gauss decay from a location to every vacancy, reused while the location repeats. */
    private Origin origin(double lat, double lon) {
        Origin last = origin.get();
        if (last.lat() == lat && last.lon() == lon) {
            return last;
        }
        double[] from = LocalIndex.unit(lat, lon);
        double[] km = new double[index.size()];
        double[] decay = new double[index.size()];
        for (int i = 0; i < km.length; i++) {
            km[i] = distanceKm(from, i);
            decay[i] = DECAY_WEIGHT * Math.exp(Math.log(0.5) * (km[i] * km[i]) / (GAUSS_SCALE_KM * GAUSS_SCALE_KM));
        }
        Origin computed = new Origin(lat, lon, km, decay);
        origin.set(computed);
        return computed;
    }

    private void addText(PersonProfile profile, double[] score) {
        if (!profile.concepts().isEmpty()) {
            addOnce(score, profile, 6, true);
            addOnce(score, profile, 3, false);
        }
        for (String term : LocalIndex.tokens(profile.terms())) {
            Bm25Postings.Posting posting = index.posting(term);
            for (int k = 0; k < posting.docs().length; k++) {
                score[posting.docs()[k]] += posting.scores()[k];
            }
        }
    }

    /** A constant-score terms clause: {@code boost} once for a vacancy holding any of the concepts. */
    private void addOnce(double[] score, PersonProfile profile, double boost, boolean title) {
        java.util.BitSet hit = new java.util.BitSet(score.length);
        for (String concept : profile.concepts()) {
            for (int doc : title ? index.withTitleConcept(concept) : index.withConcept(concept)) {
                hit.set(doc);
            }
        }
        for (int doc = hit.nextSetBit(0); doc >= 0; doc = hit.nextSetBit(doc + 1)) {
            score[doc] += boost;
        }
    }

    /**
     * Haversine distance from the chord between unit vectors: {@code 2R asin(c/2)}. Within a county the
     * half-chord is tiny and the series {@code x + x^3/6 + 3x^5/40} is asin to double precision.
     */
    private double distanceKm(double[] from, int doc) {
        double dx = from[0] - index.x[doc];
        double dy = from[1] - index.y[doc];
        double dz = from[2] - index.z[doc];
        double half = Math.sqrt(dx * dx + dy * dy + dz * dz) / 2;
        if (half > 0.05) {
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, half));
        }
        double h2 = half * half;
        return 2 * EARTH_RADIUS_KM * half * (1 + h2 / 6 + 3 * h2 * h2 / 40);
    }
}
