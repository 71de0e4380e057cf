package org.jobmatch.matching;

import java.util.Arrays;

/**
 * One thread's working memory for {@link LocalSearch}, reused from search to search: the vacancies scored
 * so far with their scores (NaN for the others), the text scores of the vacancies the person's words
 * reach, the running top scores and the order of the cells.
 */
final class SearchScratch {

    private static final int TEXT_BUCKETS = 32;

    final double[] score;
    final int[] scored;
    int scoredCount;
    final double[] text;
    final int[] textDocs;
    int textCount;
    /** The text docs ordered by bucket of text score ({@link #bucketByText()}), and where each bucket starts. */
    final int[] byText;
    final int[] bucketStart = new int[TEXT_BUCKETS + 1];
    private double bucketWidth;
    private double bucketsPerText;
    final TopScores top;
    final long[] cells;
    private final int[] textStamp;
    private final int[] clauseStamp;
    private int stamp;
    private int clause;

    SearchScratch(int vacancies, int cells, int size) {
        score = new double[vacancies];
        Arrays.fill(score, Double.NaN);
        scored = new int[vacancies];
        text = new double[vacancies];
        textDocs = new int[vacancies];
        byText = new int[vacancies];
        textStamp = new int[vacancies];
        clauseStamp = new int[vacancies];
        top = new TopScores(size);
        this.cells = new long[cells];
    }

    /** Starts a search: forgets the last one's scores. */
    void begin() {
        for (int k = 0; k < scoredCount; k++) {
            score[scored[k]] = Double.NaN;
        }
        scoredCount = 0;
        textCount = 0;
        stamp++;
        top.clear();
    }

    /** Starts a constant-score clause, which counts each vacancy once. */
    void beginClause() {
        clause++;
    }

    /** Whether {@code doc} is met for the first time in the current clause. */
    boolean firstInClause(int doc) {
        if (clauseStamp[doc] == clause) {
            return false;
        }
        clauseStamp[doc] = clause;
        return true;
    }

    void addText(int doc, double value) {
        if (textStamp[doc] != stamp) {
            textStamp[doc] = stamp;
            text[doc] = 0;
            textDocs[textCount++] = doc;
        }
        text[doc] += value;
    }

    /** Sorts the text docs into buckets of equal width by text score (counting sort); returns how many buckets. */
    int bucketByText() {
        double max = 0;
        for (int k = 0; k < textCount; k++) {
            max = Math.max(max, text[textDocs[k]]);
        }
        bucketWidth = max > 0 ? max / TEXT_BUCKETS : 1;
        bucketsPerText = 1 / bucketWidth;
        Arrays.fill(bucketStart, 0);
        for (int k = 0; k < textCount; k++) {
            bucketStart[bucket(textDocs[k]) + 1]++;
        }
        for (int b = 0; b < TEXT_BUCKETS; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        int[] next = Arrays.copyOf(bucketStart, TEXT_BUCKETS);
        for (int k = 0; k < textCount; k++) {
            byText[next[bucket(textDocs[k])]++] = textDocs[k];
        }
        return TEXT_BUCKETS;
    }

    /** No text score in bucket {@code b} exceeds this. */
    double textAbove(int b) {
        return (b + 1) * bucketWidth + 1e-9;
    }

    private int bucket(int doc) {
        return Math.min(TEXT_BUCKETS - 1, (int) (text[doc] * bucketsPerText));
    }

    boolean hasText(int doc) {
        return textStamp[doc] == stamp;
    }

    void scored(int doc, double s) {
        score[doc] = s;
        scored[scoredCount++] = doc;
        top.offer(s);
    }
}
