package org.jobmatch.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jobmatch.importing.LedgerImport;
import org.springframework.stereotype.Service;

/**
 * Spreadsheet imports (the API of this package, for the web and the command line): runs or previews a sheet,
 * writes its rejected rows and the templates, and remembers an office's header mappings.
 */
@Service
public class SpreadsheetImports {

    private final LedgerImport ledger;
    private final MappingStore mappings;
    private final Map<String, SheetKind> kinds;

    SpreadsheetImports(LedgerImport ledger, MappingStore mappings, List<SheetKind> kinds) {
        this.ledger = ledger;
        this.mappings = mappings;
        this.kinds = kinds.stream().collect(Collectors.toMap(SheetKind::name, Function.identity()));
    }

    /** The sheet's name in Chinese ("人员"), for file names. */
    public String label(String kind) {
        return kind(kind).label();
    }

    /** The kinds by name ("persons", "vacancies", "services"). */
    public boolean isKind(String name) {
        return kinds.containsKey(name);
    }

    /** Whether a file named so is a spreadsheet (.xlsx, .xls, .csv) rather than NDJSON. */
    public static boolean isSpreadsheet(Path file) {
        return SheetFiles.isSpreadsheet(file);
    }

    /**
     * Imports the sheet, or with {@code dryRun} previews it: everything is done, then rolled back.
     *
     * @param chosen column letter to field key ("" = ignore) chosen for this upload, ahead of any other mapping
     * @throws UnreadableSheetException when the file cannot be read as a sheet or has no header
     */
    public SheetRun run(Path file, String kind, Office office, Map<String, String> chosen, boolean dryRun,
                        SheetProgress progress) throws IOException {
        SheetKind sheet = kind(kind);
        FieldNames names = new FieldNames(sheet, mappings.remembered(office, sheet));
        try {
            return new SheetImport(sheet, names, byColumn(chosen), office.township(), progress)
                    .run(ledger, file, dryRun);
        } catch (UnreadableSheet e) {
            throw new UnreadableSheetException(e.reasonZh(), e.reasonEn(), e);
        }
    }

    /** The rejected rows of a run as a workbook; returns the ledger ids it names. */
    public List<String> writeRejected(Path file, SheetRun run, OutputStream out) throws IOException {
        return RejectedRows.write(file, run.mapping(), run.rejected(), out);
    }

    public void writeTemplate(String kind, OutputStream out) throws IOException {
        Template.write(kind(kind), out);
    }

    /** Remembers, for the office, the fields chosen for the columns of a run (by letter; "" = ignore). */
    public void remember(Office office, String kind, SheetRun run, Map<String, String> chosen) {
        Map<String, String> byHeader = new HashMap<>();
        run.mapping().columns().stream().filter(c -> chosen.containsKey(c.letter()) && !c.header().isBlank())
                .forEach(c -> byHeader.put(c.header(), chosen.get(c.letter())));
        mappings.remember(office, kind(kind), byHeader);
    }

    /** The fields of a kind, for the mapping choices: key and label. */
    public List<FieldChoice> fields(String kind) {
        return kind(kind).fields().stream().map(f -> new FieldChoice(f.key(), f.label())).toList();
    }

    public record FieldChoice(String key, String label) {
    }

    private SheetKind kind(String name) {
        return Optional.ofNullable(kinds.get(name)).orElseThrow(() -> new IllegalArgumentException("kind " + name));
    }

    private static Map<Integer, String> byColumn(Map<String, String> chosen) {
        Map<Integer, String> columns = new HashMap<>();
        chosen.forEach((letter, field) -> {
            int column = Columns.index(letter);
            if (column >= 0) {
                columns.put(column, field == null ? "" : field);
            }
        });
        return columns;
    }
}
