package org.jobmatch.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds a person's search candidates in Java, scoring vacancies as the recommendation query does.
 * Scores may differ from Elasticsearch's by float rounding ({@link #EPSILON}), so the candidates come in
 * two parts: {@code certain} (surely among Elasticsearch's top hits) and {@code uncertain} (scored so
 * near the cut that either side is possible); beyond {@value #MAX_UNCERTAIN} of those, no answer is given
 * and the caller searches Elasticsearch. The travel limit is Lucene's own distance test (see {@link Seeker}).
 * <p>
 * Only vacancies that can reach the cut are scored: first those the person's words reach, then the rest
 * cell by cell ({@link CellGrid}) while a cell's best possible score (decay at its distance plus its
 * flags' bonus) is still within reach of the top scores so far.
 */
final class LocalSearch {

    /** Largest difference allowed between this score and Elasticsearch's (floats, quantised coordinates). */
    static final double EPSILON = 1e-3;
    static final double EARTH_RADIUS_KM = 6371.0087714;
    /** Beyond this many near-ties at the cut, a full search decides (tie order is by internal doc id). */
    private static final int MAX_UNCERTAIN = 2000;
    private static final double GAUSS_SCALE_KM = 15;
    private static final double DECAY_WEIGHT = 3;
    /** The gauss decay's exponent factor, kept out of the loop that scores every candidate. */
    private static final double LN_HALF = Math.log(0.5);

    record Candidates(List<Integer> certain, List<Integer> uncertain, double[] scores) {
    }

    private final LocalIndex index;
    private final int size;
    private final ThreadLocal<SearchScratch> scratch;

    LocalSearch(LocalIndex index, int size) {
        this.index = index;
        this.size = size;
        this.scratch = ThreadLocal.withInitial(() -> new SearchScratch(index.size(), index.cells().count(), size));
    }

    LocalIndex index() {
        return index;
    }

    /** The candidates, or empty when too many vacancies tie at the cut. */
    Optional<Candidates> search(PersonProfile profile) {
        return search(profile, false, true);
    }

    /**
     * As {@link #search(PersonProfile)}; with {@code keepScores} the candidates carry the scores (NaN for
     * vacancies not scored); without {@code prune} every vacancy is scored.
     */
    Optional<Candidates> search(PersonProfile profile, boolean keepScores, boolean prune) {
        SearchScratch s = scratch.get();
        s.begin();
        Seeker seeker = Seeker.of(profile, index);
        addText(profile, s);
        evaluateText(seeker, s, prune);
        boolean complete = visitCells(seeker, s, prune);
        return candidates(s, s.top.cut(complete), keepScores);
    }

    /**
     * Scores the vacancies the person's words reach, in buckets of decreasing text score, until a bucket's
     * best possible score (full decay, every bonus) cannot reach the top scores so far.
     */
    private void evaluateText(Seeker seeker, SearchScratch s, boolean prune) {
        int buckets = s.bucketByText();
        double best = DECAY_WEIGHT + seeker.bonus()[CellGrid.FLAG_COMBINATIONS - 1];
        for (int b = buckets - 1; b >= 0; b--) {
            if (s.bucketStart[b] == s.bucketStart[b + 1]) {
                continue;
            }
            if (prune && s.top.full() && best + s.textAbove(b) < s.top.least() - 2 * EPSILON) {
                return;
            }
            for (int k = s.bucketStart[b]; k < s.bucketStart[b + 1]; k++) {
                int doc = s.byText[k];
                if (reachable(s, DECAY_WEIGHT + seeker.bonus()[index.flags[doc]] + s.text[doc], prune)) {
                    evaluate(seeker, s, doc, s.text[doc]);
                }
            }
        }
    }

    /** Scores the vacancies without text cell by cell, best bound first; false when it stopped early. */
    private boolean visitCells(Seeker seeker, SearchScratch s, boolean prune) {
        int cells = index.cells().order(seeker.lat(), seeker.lon(), seeker.reachKm(), seeker.bonus(), s.cells);
        for (int k = cells - 1; k >= 0; k--) {
            if (prune && s.top.full() && CellGrid.bound(s.cells[k]) < s.top.least() - 2 * EPSILON) {
                return false;
            }
            int cell = CellGrid.cell(s.cells[k]);
            // the order key's bound is the decay at the cell's distance plus the bonus of its flags
            double cellDecay = CellGrid.bound(s.cells[k]) - seeker.bonus()[index.cells().flags(cell)];
            for (int doc : index.cells().docs(cell)) {
                if (!s.hasText(doc) && reachable(s, cellDecay + seeker.bonus()[index.flags[doc]], prune)) {
                    evaluate(seeker, s, doc, 0);
                }
            }
        }
        return true;
    }

    /** Whether a vacancy that can score at most {@code bound} may still reach the cut (always, unless pruning). */
    private static boolean reachable(SearchScratch s, double bound, boolean prune) {
        return !prune || bound >= s.top.floor() - 2 * EPSILON;
    }

    private Optional<Candidates> candidates(SearchScratch s, double cut, boolean keepScores) {
        List<Integer> certain = new ArrayList<>();
        List<Integer> uncertain = new ArrayList<>();
        for (int k = 0; k < s.scoredCount; k++) {
            int doc = s.scored[k];
            double score = s.score[doc];
            if (score > cut + 2 * EPSILON) {
                certain.add(doc);
            } else if (score >= cut - 2 * EPSILON) {
                if (uncertain.size() == MAX_UNCERTAIN) {
                    return Optional.empty();
                }
                uncertain.add(doc);
            }
        }
        if (certain.size() + uncertain.size() <= size) {
            // Elasticsearch's top hits are among these, and there are no more of them: all are hits
            certain.addAll(uncertain);
            uncertain.clear();
        }
        Collections.sort(certain);
        Collections.sort(uncertain);
        return Optional.of(new Candidates(certain, uncertain, keepScores ? s.score.clone() : new double[0]));
    }

    /** Scores {@code doc} unless a filter drops it: distance decay, flag bonuses and {@code text}. */
    private void evaluate(Seeker seeker, SearchScratch s, int doc, double text) {
        if (!seeker.admits(doc) || !seeker.paidEnough(index.wageMax[doc])
                || !seeker.reaches(index.lat[doc], index.lon[doc])) {
            return;
        }
        s.scored(doc, decay(distanceKm(seeker.unit(), doc)) + seeker.bonus()[index.flags[doc]] + text);
    }

    /** The weighted gauss decay of the query at {@code km}; never increases with the distance. */
    static double decay(double km) {
        return DECAY_WEIGHT * Math.exp(LN_HALF * (km * km) / (GAUSS_SCALE_KM * GAUSS_SCALE_KM));
    }

    private void addText(PersonProfile profile, SearchScratch s) {
        if (!profile.concepts().isEmpty()) {
            addOnce(s, profile, 6, true);
            addOnce(s, profile, 3, false);
        }
        for (String term : LocalIndex.tokens(profile.terms())) {
            Bm25Postings.Posting posting = index.posting(term);
            for (int k = 0; k < posting.docs().length; k++) {
                s.addText(posting.docs()[k], posting.scores()[k]);
            }
        }
    }

    /** A constant-score terms clause: {@code boost} once for a vacancy holding any of the concepts. */
    private void addOnce(SearchScratch s, PersonProfile profile, double boost, boolean title) {
        s.beginClause();
        for (String concept : profile.concepts()) {
            for (int doc : title ? index.withTitleConcept(concept) : index.withConcept(concept)) {
                if (s.firstInClause(doc)) {
                    s.addText(doc, boost);
                }
            }
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
