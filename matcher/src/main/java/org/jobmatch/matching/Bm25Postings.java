package org.jobmatch.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.SmallFloat;

/**
 * Lucene's BM25 (k1 1.2, b 0.75) over the vacancies' {@code terms} field, computed once per (term,
 * document) with the index's own statistics; a document's length is read back through its norm, as
 * Lucene stores it in one byte.
 */
final class Bm25Postings {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final Posting NONE = new Posting(new int[0], new float[0]);

    /** The documents holding a term and the score it gives each (boost 1). */
    record Posting(int[] docs, float[] scores) {
    }

    private final Map<String, Posting> postings = new HashMap<>();

    Bm25Postings(String[][] tokens, TermStatistics.Source statistics) throws IOException {
        Map<String, List<int[]>> byTerm = new HashMap<>();
        for (int doc = 0; doc < tokens.length; doc++) {
            Map<String, Integer> freq = new HashMap<>();
            for (String t : tokens[doc]) {
                freq.merge(t, 1, Integer::sum);
            }
            int d = doc;
            freq.forEach((t, f) -> byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[]{d, f}));
        }
        TermStatistics stats = statistics.of(byTerm.keySet());
        float avgdl = (float) (stats.sumTotalTermFreq() / (double) Math.max(1, stats.docCount()));
        byTerm.forEach((term, list) -> postings.put(term, posting(tokens, list, stats, term, avgdl)));
    }

    Posting posting(String term) {
        return postings.getOrDefault(term, NONE);
    }

    private static Posting posting(String[][] tokens, List<int[]> list, TermStatistics stats, String term, float avgdl) {
        long docFreq = stats.docFreq(term, list.size());
        // Lucene's BM25 weight: (k1 + 1) x idf (query boost 1).
        float idf = (K1 + 1) * (float) Math.log(1 + (stats.docCount() - docFreq + 0.5D) / (docFreq + 0.5D));
        int[] ids = new int[list.size()];
        float[] scores = new float[list.size()];
        for (int k = 0; k < list.size(); k++) {
            int doc = list.get(k)[0];
            float lengthFromNorm = SmallFloat.byte4ToInt(SmallFloat.intToByte4(tokens[doc].length));
            float normInverse = 1f / (K1 * ((1 - B) + B * lengthFromNorm / avgdl));
            ids[k] = doc;
            scores[k] = idf - idf / (1f + list.get(k)[1] * normInverse);
        }
        return new Posting(ids, scores);
    }
}
