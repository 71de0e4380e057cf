package org.jobmatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.Gazetteer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * NDJSON import into the ledger (the API of this package). One import is one transaction: a body that
 * turns out to be too large or not NDJSON stores nothing, and nothing stored before is lost.
 */
@Service
public class LedgerImport {

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
        PersonWriter writer = new PersonWriter(jdbc, events, new TownshipScope(township));
        return run(new NdjsonImport<>(mapper, persons, writer), body, maxBytes, progress);
    }

    public ImportReport importVacancies(InputStream body, long maxBytes, ImportProgress progress) {
        return importVacancies(body, maxBytes, progress, Optional.empty());
    }

    public ImportReport importVacancies(InputStream body, long maxBytes, ImportProgress progress,
                                        Optional<String> township) {
        VacancyWriter writer = new VacancyWriter(jdbc, events, new TownshipScope(township));
        return run(new NdjsonImport<>(mapper, vacancies, writer), body, maxBytes, progress);
    }

    /** Service records (政策宣讲, 培训, 走访 …), upserted by their {@code id}; the same checks as the API's. */
    public ImportReport importServices(InputStream body, long maxBytes, ImportProgress progress,
                                       Optional<String> township) {
        ServiceWriter writer = new ServiceWriter(jdbc, new TownshipScope(township));
        return run(new NdjsonImport<>(mapper, services, writer), body, maxBytes, progress);
    }

    private ImportReport run(NdjsonImport<?> ndjson, InputStream body, long maxBytes, ImportProgress progress) {
        return transaction.execute(status -> {
            try {
                return ndjson.run(body, maxBytes, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
