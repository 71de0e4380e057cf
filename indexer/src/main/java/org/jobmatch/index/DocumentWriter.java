package org.jobmatch.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;

/**
 * Writes index operations through a {@link BulkIngester} and checks every item's result. A version
 * conflict means the index already holds the same or a newer version of the row: that is success.
 */
public class DocumentWriter {

    private static final int MAX_OPERATIONS = 1000;

    private final ElasticsearchClient client;
    private final int parallelRequests;

    /** Writes through {@code parallelRequests} ingesters, each with one request in flight. */
    public DocumentWriter(ElasticsearchClient client, int parallelRequests) {
        this.client = client;
        this.parallelRequests = parallelRequests;
    }

    /** The outcome of each operation, in order; {@code error} is null when it took effect. */
    public record Outcome(IndexOperation operation, String error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    /**
     * The same write with its document already turned into JSON, as the bulk request will carry it: lets
     * a caller do that work ahead, on another thread.
     */
    public IndexOperation serialized(IndexOperation operation) {
        if (operation.document() == null || operation.document() instanceof BinaryData) {
            return operation;
        }
        return new IndexOperation(operation.kind(), operation.index(), operation.id(), operation.version(),
                BinaryData.of(operation.document(), client._jsonpMapper()));
    }

    public List<Outcome> write(List<IndexOperation> operations) {
        // each ingester's listener fills its own slots; close() returns once its listener has run
        Outcome[] outcomes = new Outcome[operations.size()];
        // no more ingesters (each with its own threads) than there are requests: a placement writes one document
        int lanes = Math.min(parallelRequests, Math.max(1, (operations.size() + MAX_OPERATIONS - 1) / MAX_OPERATIONS));
        List<BulkIngester<Integer>> ingesters = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            ingesters.add(ingester(new Recorder(operations, outcomes)));
        }
        try {
            for (int i = 0; i < operations.size(); i++) {
                ingesters.get(i / MAX_OPERATIONS % lanes).add(bulkOperation(operations.get(i)), i);
            }
        } finally {
            ingesters.forEach(BulkIngester::close);
        }
        return Arrays.asList(outcomes);
    }

    private BulkIngester<Integer> ingester(Recorder recorder) {
        return BulkIngester.of(b -> b.client(client)
                .maxOperations(MAX_OPERATIONS)
                // one request in flight per ingester, parallel requests from separate ingesters: with two in one
                // ingester, a connection failure reported on the HTTP client's thread while the next request
                // started deadlocked it (seen when Elasticsearch was killed; elasticsearch-java#651 and #925)
                .maxConcurrentRequests(1)
                .listener(recorder));
    }

    private static BulkOperation bulkOperation(IndexOperation op) {
        if (op.document() == null) {
            return BulkOperation.of(b -> b.delete(d -> d.index(op.target()).id(op.id())
                    .version(op.version()).versionType(VersionType.External)));
        }
        return BulkOperation.of(b -> b.index(i -> i.index(op.target()).id(op.id())
                .version(op.version()).versionType(VersionType.External).document(op.document())));
    }

    private record Recorder(List<IndexOperation> operations, Outcome[] outcomes) implements BulkListener<Integer> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Integer> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Integer> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                int index = contexts.get(i);
                outcomes[index] = new Outcome(operations.get(index), error(items.get(i)));
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Integer> contexts, Throwable failure) {
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            contexts.forEach(index -> outcomes[index] = new Outcome(operations.get(index), error));
        }

        private static String error(BulkResponseItem item) {
            if (item.error() == null || "version_conflict_engine_exception".equals(item.error().type())) {
                return null;
            }
            if (item.status() == 404 && item.operationType().jsonValue().equals("delete")) {
                return null;
            }
            return item.error().type() + ": " + item.error().reason();
        }
    }
}
