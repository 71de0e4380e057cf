package org.jobmatch.indexing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jobmatch.person.PersonRowsWritten;
import org.jobmatch.vacancy.VacancyRowsWritten;
import org.jobmatch.index.DocumentWriter;
import org.jobmatch.index.Documents;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.IndexOperation;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.vacancy.VacancyLedger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Index writes built ahead, on a thread of their own, while an import is still writing the ledger: the
 * text analysis and JSON serialisation then overlap the database work, and once the import commits the
 * relay finds the documents ready. Keyed by row version, so a prepared write is only used for exactly the row it was
 * built from; those of an import that rolled back are never asked for and age out (oldest first).
 */
@Component
class PreparedDocuments implements AutoCloseable {

    private record Key(IndexKind kind, String id, long version) {
    }

    private record Prepared(Documents documents, CompletableFuture<List<IndexOperation>> chunk, int index) {
    }

    private static final long WAIT_SECONDS = 30;

    private final Vocabulary vocabulary;
    private final DocumentWriter writer;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "index-prepare");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Key, Prepared> prepared;

    PreparedDocuments(Vocabulary vocabulary, DocumentWriter writer,
                      IndexProperties properties) {
        this.vocabulary = vocabulary;
        this.writer = writer;
        this.prepared = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Prepared> eldest) {
                return size() > properties.preparedDocuments();
            }
        };
    }

    @EventListener
    void vacanciesWritten(VacancyRowsWritten written) {
        prepare(IndexKind.VACANCY, written.rows(), v -> v.vacancy().id(), VacancyLedger.Versioned::version,
                LedgerDocuments::vacancy);
    }

    @EventListener
    void personsWritten(PersonRowsWritten written) {
        prepare(IndexKind.PERSON, written.rows(), p -> p.person().id(), PersonLedger.Versioned::version,
                LedgerDocuments::person);
    }

    /** The prepared write of exactly this row version, if there is one; each is handed out once. */
    Optional<IndexOperation> take(IndexKind kind, String id, long version) {
        Prepared entry;
        synchronized (prepared) {
            entry = prepared.remove(new Key(kind, id, version));
        }
        if (entry == null || entry.documents() != vocabulary.documents()) {
            return Optional.empty();
        }
        try {
            return Optional.of(entry.chunk().get(WAIT_SECONDS, TimeUnit.SECONDS).get(entry.index()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // not ready or never will be (shutting down): the relay builds it from the ledger instead
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }

    private <R> void prepare(IndexKind kind, List<R> rows, Function<R, String> id, ToLongFunction<R> version,
                             BiFunction<Documents, R, IndexOperation> operation) {
        if (rows.isEmpty()) {
            return;
        }
        Documents documents = vocabulary.documents();
        CompletableFuture<List<IndexOperation>> chunk = CompletableFuture.supplyAsync(() -> rows.stream()
                .map(r -> writer.serialized(operation.apply(documents, r))).toList(), builder);
        synchronized (prepared) {
            for (int i = 0; i < rows.size(); i++) {
                R row = rows.get(i);
                prepared.put(new Key(kind, id.apply(row), version.applyAsLong(row)), new Prepared(documents, chunk, i));
            }
        }
    }
}
