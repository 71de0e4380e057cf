package org.jobmatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jobmatch.importing.ImportProgress;
import org.jobmatch.importing.ImportReport;
import org.jobmatch.importing.LedgerImport;
import org.jobmatch.index.IndexAdmin;
import org.jobmatch.index.IndexKind;
import org.jobmatch.indexing.IndexRelay;
import org.jobmatch.matching.pool.VacancyPool;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Imports a county's files into the bench's ledger, indexes them and brings the vacancy pool up to date. */
@Component
@ConditionalOnProperty(name = "jobmatch.command", havingValue = BenchEnvironment.COMMAND)
class CountyLoad {

    static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    private final LedgerImport ledgerImport;
    private final IndexRelay relay;
    private final IndexAdmin admin;
    private final VacancyPool pool;

    CountyLoad(LedgerImport ledgerImport, IndexRelay relay, IndexAdmin admin, VacancyPool pool) {
        this.ledgerImport = ledgerImport;
        this.relay = relay;
        this.admin = admin;
        this.pool = pool;
    }

    ImportReport load(Path file, boolean persons, PrintStream log) throws IOException {
        long start = System.nanoTime();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = persons ? ledgerImport.importPersons(in, Long.MAX_VALUE, ImportProgress.NONE)
                    : ledgerImport.importVacancies(in, Long.MAX_VALUE, ImportProgress.NONE);
        }
        double imported = seconds(start);
        relay.drain(QUIET);
        admin.refresh(persons ? IndexKind.PERSON : IndexKind.VACANCY);
        double indexed = seconds(start);
        int pooled = persons ? 0 : pool.sync();
        log.printf(Locale.ROOT, "  %s: ledger import %.1f s, indexing %.1f s%s%n", file.getFileName(), imported,
                indexed - imported, persons ? "" : String.format(Locale.ROOT, ", pool %,d analysed in %.1f s",
                        pooled, seconds(start) - indexed));
        return report;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
