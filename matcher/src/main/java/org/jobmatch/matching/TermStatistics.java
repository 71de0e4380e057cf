package org.jobmatch.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import org.jobmatch.index.IndexKind;

/**
 * The statistics BM25 takes from the index for the vacancies' {@code terms} field. Elasticsearch's own
 * still count updated and deleted documents until a merge drops them (and soft deletes are kept a while
 * longer), so counting the live documents would score differently after the first change of the day.
 */
record TermStatistics(long docCount, long sumTotalTermFreq, Map<String, Long> docFreq) {

    private static final String FIELD = "terms";
    private static final int TERMS_PER_REQUEST = 10_000;

    /** Where the statistics of some terms come from. */
    interface Source {
        TermStatistics of(Collection<String> terms) throws IOException;
    }

    long docFreq(String term, long counted) {
        return docFreq.getOrDefault(term, counted);
    }

    /** Elasticsearch's statistics, read with term vectors of artificial documents made of the terms. */
    static Source of(ElasticsearchClient client) {
        return terms -> {
            List<String> all = new ArrayList<>(terms);
            Map<String, Long> docFreq = new HashMap<>();
            long docCount = 0;
            long sumTtf = 0;
            for (int from = 0; from < Math.max(1, all.size()); from += TERMS_PER_REQUEST) {
                String text = String.join(" ", all.subList(from, Math.min(all.size(), from + TERMS_PER_REQUEST)));
                var response = client.termvectors(t -> t.index(IndexKind.VACANCY.alias()).doc(Map.of(FIELD, text))
                        .fields(FIELD).termStatistics(true).fieldStatistics(true).positions(false).offsets(false)
                        .payloads(false).realtime(false));
                TermVector vector = response.termVectors().get(FIELD);
                if (vector == null) {
                    continue;
                }
                docCount = vector.fieldStatistics().docCount();
                sumTtf = vector.fieldStatistics().sumTtf();
                vector.terms().forEach((term, stats) -> docFreq.put(term, (long) stats.docFreq()));
            }
            return new TermStatistics(docCount, sumTtf, docFreq);
        };
    }
}
