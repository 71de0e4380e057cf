package org.jobmatch.index;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the indices from code and manages their aliases. Each alias points at exactly one concrete
 * index ({@code jobmatch-vacancies-20261123-101500}); a rebuild fills a new one and swaps the alias
 * atomically, so searches never see a half-built index.
 */
public class IndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(IndexAdmin.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private final ElasticsearchClient client;

    public IndexAdmin(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Makes sure both aliases exist, creating an empty index behind each that has none, and that an index made by an
     * earlier version knows every field of this one's mapping (new fields only; documents get them when next written
     * or on {@code reindex}).
     */
    public void ensureIndices() throws IOException {
        for (IndexKind kind : IndexKind.values()) {
            if (currentIndices(kind).isEmpty()) {
                String index = createIndex(kind);
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(kind.alias()))));
                log.info("Created index {} behind alias {}", index, kind.alias());
            } else {
                client.indices().putMapping(m -> m.index(kind.alias()).properties(Mappings.of(kind).properties()));
            }
        }
    }

    /** A new, empty concrete index for {@code kind}, not yet behind the alias. */
    public String createIndex(IndexKind kind) throws IOException {
        String index = kind.alias() + "-" + LocalDateTime.now().format(SUFFIX);
        client.indices().create(c -> c.index(index)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(Mappings.of(kind)));
        return index;
    }

    /** Points the alias at {@code index} alone, in one atomic step, and deletes the indices it left. */
    public void swapAlias(IndexKind kind, String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        List<String> previous = currentIndices(kind).stream().filter(i -> !i.equals(index)).toList();
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(index).alias(kind.alias())));
            previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(kind.alias()))));
            return u;
        });
        for (String old : previous) {
            client.indices().delete(d -> d.index(old));
        }
        log.info("Alias {} now points at {} (removed {})", kind.alias(), index, previous);
    }

    /** Makes recent writes visible to search (tests, and the end of a rebuild). */
    public void refresh(IndexKind kind) throws IOException {
        client.indices().refresh(r -> r.index(kind.alias()));
    }

    private Set<String> currentIndices(IndexKind kind) throws IOException {
        if (!client.indices().existsAlias(e -> e.name(kind.alias())).value()) {
            return Set.of();
        }
        GetAliasResponse response = client.indices().getAlias(g -> g.name(kind.alias()));
        return response.result().keySet();
    }
}
