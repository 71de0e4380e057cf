package org.jobmatch.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jobmatch.indexing.IndexRelay;
import org.jobmatch.sheets.Office;
import org.jobmatch.sheets.SheetRun;
import org.jobmatch.sheets.SpreadsheetImports;
import org.jobmatch.sheets.UnreadableSheetException;

/**
 * {@code import persons|vacancies FILE.xlsx [--preview] [--township T] [--user U] [--rejected OUT.xlsx]}: a
 * spreadsheet import from the command line, with the page's report, and the rejected rows written to a workbook.
 */
final class SheetImportCommand {

    private final SpreadsheetImports imports;
    private final IndexRelay relay;

    SheetImportCommand(SpreadsheetImports imports, IndexRelay relay) {
        this.imports = imports;
        this.relay = relay;
    }

    int run(String kind, Path file, List<String> rest) throws Exception {
        List<String> words = new ArrayList<>(rest);
        boolean preview = words.remove("--preview");
        Options options = Options.parse(words, Set.of("township", "user", "rejected"));
        Office office = Office.commandLine(options.get("township"), options.get("user"));
        ProgressBar bar = new ProgressBar(System.err, (preview ? "预览 " : "导入 ") + kind, 0);
        SheetRun run;
        try {
            run = imports.run(file, kind, office, Map.of(), preview,
                    rows -> bar.update(rows, String.format(Locale.ROOT, "%,d 行", rows)));
        } catch (UnreadableSheetException e) {
            System.err.println();
            System.err.println("无法导入 (cannot import): " + e.reasonZh() + " (" + e.reasonEn() + ")");
            return 1;
        }
        bar.finish("");
        SheetReportPrinter.print(System.err, run.report());
        if (run.report().rejected() > 0) {
            Path out = options.get("rejected").map(Path::of).orElseGet(() -> rejectedBeside(file));
            try (OutputStream stream = Files.newOutputStream(out)) {
                imports.writeRejected(file, run, stream);
            }
            System.err.println("被拒绝的行已写入 (rejected rows written to): " + out);
        }
        if (!preview) {
            relay.drain(System.err);
        }
        return 0;
    }

    private static Path rejectedBeside(Path file) {
        String name = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
        return file.toAbsolutePath().resolveSibling(name + "-被拒绝的行.xlsx");
    }
}
