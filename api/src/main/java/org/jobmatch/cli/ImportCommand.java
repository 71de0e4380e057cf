package org.jobmatch.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jobmatch.importing.ImportProgress;
import org.jobmatch.importing.ImportReport;
import org.jobmatch.importing.LedgerImport;
import org.jobmatch.indexing.IndexRelay;
import org.jobmatch.sheets.SpreadsheetImports;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code import persons|vacancies|services FILE}: the HTTP import from the command line, with a progress bar. */
@Component
@ConditionalOnProperty("jobmatch.command")
class ImportCommand implements CommandRunner.Command {

    private static final int LISTED_REJECTIONS = 20;

    private final LedgerImport ledgerImport;
    private final IndexRelay relay;
    private final SheetImportCommand sheets;

    ImportCommand(LedgerImport ledgerImport, IndexRelay relay, SpreadsheetImports imports) {
        this.ledgerImport = ledgerImport;
        this.relay = relay;
        this.sheets = new SheetImportCommand(imports, relay);
    }

    @Override
    public String name() {
        return Commands.IMPORT;
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        if (arguments.size() < 2 || !List.of("persons", "vacancies", "services").contains(arguments.get(0))) {
            System.err.println("用法 (usage): java -jar jobmatch.jar import persons|vacancies|services FILE.ndjson|FILE.xlsx|FILE.xls|FILE.csv"
                    + " [--preview] [--township 乡镇] [--user 用户名] [--rejected 被拒绝的行.xlsx]");
            return 2;
        }
        Path file = Path.of(arguments.get(1));
        if (!Files.isReadable(file)) {
            System.err.println("无法读取文件 (cannot read file): " + file);
            return 2;
        }
        if (SpreadsheetImports.isSpreadsheet(file)) {
            return sheets.run(arguments.get(0), file, arguments.subList(2, arguments.size()));
        }
        if (arguments.size() != 2) {
            System.err.println("NDJSON 导入没有选项 (NDJSON imports take no options)");
            return 2;
        }
        ProgressBar bar = new ProgressBar(System.err, "导入 " + arguments.get(0), Files.size(file));
        ImportProgress progress = (lines, bytes) -> bar.update(bytes, String.format(Locale.ROOT, "%,d 行", lines));
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = switch (arguments.get(0)) {
                case "persons" -> ledgerImport.importPersons(in, Long.MAX_VALUE, progress);
                case "vacancies" -> ledgerImport.importVacancies(in, Long.MAX_VALUE, progress);
                default -> ledgerImport.importServices(in, Long.MAX_VALUE, progress, Optional.empty());
            };
        }
        bar.finish(summary(report));
        list("拒绝 (rejected)", report.rejected());
        list("提醒 (warnings)", report.warnings());
        relay.drain(System.err);
        return 0;
    }

    private static void list(String heading, List<ImportReport.Rejection> lines) {
        if (!lines.isEmpty()) {
            System.err.println(heading + ":");
        }
        lines.stream().limit(LISTED_REJECTIONS).forEach(r -> System.err.printf("  第 %d 行 (line) %s %s: %s%n",
                r.line(), r.id() == null ? "" : r.id(), r.field() == null ? "" : r.field(), r.reason()));
    }

    private static String summary(ImportReport report) {
        return String.format(Locale.ROOT, "收到 %,d 行，入库 %,d 行（其中变更 %,d 行），拒绝 %,d 行，提醒 %,d 行 "
                        + "(received %d, stored %d, changed %d, rejected %d, warnings %d)",
                report.received(), report.stored(), report.changed(), report.rejectedTotal(), report.warnings().size(),
                report.received(), report.stored(), report.changed(), report.rejectedTotal(), report.warnings().size());
    }
}
