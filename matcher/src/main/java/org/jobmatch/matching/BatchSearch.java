package org.jobmatch.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jobmatch.index.IndexKind;

/**
 * Runs many recommendation searches in one msearch request. Hits come back as ids only (the documents
 * are in the {@link VacancyPool}); a search that fails inside the request is retried on its own once.
 */
final class BatchSearch {

    /** The ids one search found, in hit order, or why it failed. */
    record Result(List<String> ids, List<Double> scores, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    /** One search: its query and how many hits it asks for. */
    record Request(Query query, int size) {
    }

    private final ElasticsearchClient client;
    private final int size;

    BatchSearch(ElasticsearchClient client, int size) {
        this.client = client;
        this.size = size;
    }

    /** How many hits a search asks for unless told otherwise: the candidate pool. */
    int size() {
        return size;
    }

    List<Result> run(List<Request> requests) throws IOException {
        if (requests.isEmpty()) {
            return List.of();
        }
        List<RequestItem> items = new ArrayList<>(requests.size());
        for (Request request : requests) {
            items.add(RequestItem.of(r -> r.header(h -> h.index(IndexKind.VACANCY.alias()))
                    .body(b -> b.query(request.query()).size(request.size()).source(src -> src.fetch(false))
                            .trackTotalHits(t -> t.enabled(false)))));
        }
        MsearchResponse<Void> response = client.msearch(m -> m.searches(items), Void.class);
        List<Result> results = new ArrayList<>(requests.size());
        List<MultiSearchResponseItem<Void>> responses = response.responses();
        for (int i = 0; i < responses.size(); i++) {
            MultiSearchResponseItem<Void> item = responses.get(i);
            results.add(item.isResult() ? result(item.result().hits().hits()) : retry(requests.get(i)));
        }
        return results;
    }

    private Result retry(Request request) {
        try {
            var response = client.search(s -> s.index(IndexKind.VACANCY.alias()).query(request.query())
                    .size(request.size()).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false)),
                    Void.class);
            return result(response.hits().hits());
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Result result(List<Hit<Void>> hits) {
        List<String> ids = new ArrayList<>(hits.size());
        List<Double> scores = new ArrayList<>(hits.size());
        hits.forEach(h -> {
            ids.add(h.id());
            scores.add(h.score());
        });
        return new Result(ids, scores, null);
    }
}
