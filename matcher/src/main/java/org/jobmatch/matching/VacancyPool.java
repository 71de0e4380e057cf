package org.jobmatch.matching;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.VacancyDocument;

/**
 * Every indexed vacancy held in memory for a batch run: searches then only return ids, and the hard
 * rules and the ranking read the documents from here. A vacancy indexed after loading is fetched on demand.
 */
public final class VacancyPool {

    private static final int PAGE = 5000;

    /** An indexed vacancy, its domain record (for the hard rules) and the words the skill overlap counts, made once. */
    record Pooled(VacancyDocument document, Vacancy vacancy, Set<String> words) {

        Pooled(VacancyDocument document, Vacancy vacancy) {
            this(document, vacancy, Scoring.words(document.terms()));
        }
    }

    private final ElasticsearchClient client;
    private final Map<String, Pooled> byId = new ConcurrentHashMap<>();
    private final int[] ageMins;
    private final int[] ageMaxes;

    private VacancyPool(ElasticsearchClient client, List<VacancyDocument> documents) {
        this.client = client;
        documents.forEach(this::put);
        TreeSet<Integer> mins = new TreeSet<>();
        TreeSet<Integer> maxes = new TreeSet<>();
        documents.forEach(d -> {
            mins.add(d.ageMin());
            maxes.add(d.ageMax());
        });
        this.ageMins = mins.stream().mapToInt(Integer::intValue).toArray();
        this.ageMaxes = maxes.stream().mapToInt(Integer::intValue).toArray();
    }

    static VacancyPool load(ElasticsearchClient client) throws IOException {
        List<VacancyDocument> all = new java.util.ArrayList<>();
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> from = after;
            var response = client.search(s -> {
                s.index(IndexKind.VACANCY.alias()).size(PAGE).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                        .trackTotalHits(t -> t.enabled(false));
                return from.isEmpty() ? s : s.searchAfter(from);
            }, VacancyDocument.class);
            List<Hit<VacancyDocument>> hits = response.hits().hits();
            hits.forEach(h -> all.add(h.source()));
            if (hits.size() < PAGE) {
                return new VacancyPool(client, all);
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    Collection<Pooled> all() {
        return byId.values();
    }

    /** The pooled vacancy, fetched from the index when it was added after loading. */
    Optional<Pooled> get(String id) throws IOException {
        Pooled pooled = byId.get(id);
        if (pooled != null) {
            return Optional.of(pooled);
        }
        var response = client.get(g -> g.index(IndexKind.VACANCY.alias()).id(id), VacancyDocument.class);
        return response.found() ? Optional.of(put(response.source())) : Optional.empty();
    }

    /**
     * Ages that no vacancy's age bounds tell apart get the same class: their age filters admit the same
     * vacancies, so persons who differ only there can share one search.
     */
    long ageClass(int age) {
        long minsAtOrBelow = java.util.Arrays.stream(ageMins).filter(m -> m <= age).count();
        long maxesBelow = java.util.Arrays.stream(ageMaxes).filter(m -> m < age).count();
        return minsAtOrBelow * 1000 + maxesBelow;
    }

    private Pooled put(VacancyDocument document) {
        Pooled pooled = new Pooled(document, VacancyDocuments.toVacancy(document));
        byId.put(document.id(), pooled);
        return pooled;
    }
}
