package org.jobmatch.indexing;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jobmatch.index.IndexKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads id -> version from the ledger and from an index, to check that they have converged. */
final class IndexVersions {

    private IndexVersions() {
    }

    static Map<String, Long> ledger(JdbcTemplate jdbc, IndexKind kind) {
        Map<String, Long> versions = new HashMap<>();
        String table = kind == IndexKind.VACANCY ? "vacancies" : "persons";
        jdbc.query("SELECT id, version FROM " + table, rs -> {
            versions.put(rs.getString(1), rs.getLong(2));
        });
        return versions;
    }

    static Map<String, Long> index(ElasticsearchClient client, IndexKind kind) throws IOException {
        client.indices().refresh(r -> r.index(kind.alias()));
        Map<String, Long> versions = new HashMap<>();
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Void> page = client.search(s -> {
                s.index(kind.alias()).size(5000).version(true).source(src -> src.fetch(false))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return from.isEmpty() ? s : s.searchAfter(from);
            }, Void.class);
            List<Hit<Void>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return versions;
            }
            hits.forEach(hit -> versions.put(hit.id(), hit.version()));
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
