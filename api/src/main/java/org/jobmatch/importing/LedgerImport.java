package org.jobmatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.Gazetteer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports into the ledger (the API of this package): NDJSON bodies, or contract records fed one by one (from
 * spreadsheet rows). One import is one transaction: a body that turns out to be too large or not NDJSON stores
 * nothing, and nothing stored before is lost. A dry run does all of it, then rolls back.
 */
@Service
public class LedgerImport {

    private static final ApplicationEventPublisher NO_EVENTS = event -> { };

    private final ObjectMapper mapper;
    private final TransactionTemplate transaction;
    private final PersonLineParser persons;
    private final VacancyLineParser vacancies;
    private final ServiceLineParser services;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    LedgerImport(ObjectMapper mapper, TransactionTemplate transaction, JdbcTemplate jdbc, Gazetteer gazetteer,
                 Clock clock, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.events = events;
        Locations locations = new Locations(gazetteer);
        this.persons = new PersonLineParser(locations, clock);
        this.vacancies = new VacancyLineParser(locations);
        this.services = new ServiceLineParser(clock);
    }

    public ImportReport importPersons(InputStream body, long maxBytes, ImportProgress progress) {
        return importPersons(body, maxBytes, progress, Optional.empty());
    }

    /** {@code township}: the one township whose records the import may write (any, when empty). */
    public ImportReport importPersons(InputStream body, long maxBytes, ImportProgress progress,
                                      Optional<String> township) {
        return ndjson(RecordKind.PERSONS, body, maxBytes, progress, township);
    }

    public ImportReport importVacancies(InputStream body, long maxBytes, ImportProgress progress) {
        return importVacancies(body, maxBytes, progress, Optional.empty());
    }

    public ImportReport importVacancies(InputStream body, long maxBytes, ImportProgress progress,
                                        Optional<String> township) {
        return ndjson(RecordKind.VACANCIES, body, maxBytes, progress, township);
    }

    /** Service records (政策宣讲, 培训, 走访 …), upserted by their {@code id}; the same checks as the API's. */
    public ImportReport importServices(InputStream body, long maxBytes, ImportProgress progress,
                                       Optional<String> township) {
        return ndjson(RecordKind.SERVICES, body, maxBytes, progress, township);
    }

    /**
     * Imports the records {@code feed} hands to the sink, with the same validation, upsert and township scope as
     * NDJSON lines; {@code outcomes} hears what became of each. A dry run stores nothing.
     */
    public ImportReport importRecords(RecordKind kind, Optional<String> township, boolean dryRun,
                                      Consumer<RowOutcome> outcomes, Consumer<RecordSink> feed) {
        return transaction.execute(status -> {
            RecordImport<?> records = records(kind, township, dryRun ? NO_EVENTS : events, outcomes);
            feed.accept(records);
            ImportReport report = records.finish();
            if (dryRun) {
                status.setRollbackOnly();
            }
            return report;
        });
    }

    private ImportReport ndjson(RecordKind kind, InputStream body, long maxBytes, ImportProgress progress,
                                Optional<String> township) {
        return transaction.execute(status -> {
            try {
                return new NdjsonImport(mapper, records(kind, township, events, outcome -> { }))
                        .run(body, maxBytes, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private RecordImport<?> records(RecordKind kind, Optional<String> township, ApplicationEventPublisher publisher,
                                    Consumer<RowOutcome> outcomes) {
        TownshipScope scope = new TownshipScope(township);
        return switch (kind) {
            case PERSONS -> new RecordImport<>(persons, new PersonWriter(jdbc, publisher, scope), PersonRow::person,
                    outcomes);
            case VACANCIES -> new RecordImport<>(vacancies, new VacancyWriter(jdbc, publisher, scope),
                    VacancyRow::vacancy, outcomes);
            case SERVICES -> new RecordImport<>(services, new ServiceWriter(jdbc, scope), row -> row, outcomes);
        };
    }
}
