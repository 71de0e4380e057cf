package org.jobmatch.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jobmatch.importing.RowOutcome;

/**
 * Counts and collects what becomes of a sheet's rows as the import goes: outcomes of the ledger import, and
 * the rows refused before it (cells that cannot be read, rows that cannot be keyed). Keeps every rejected row's
 * reasons for the rejected-rows workbook, and the first rows for the preview.
 */
final class Tally {

    static final int MAX_LISTED = 10_000;
    static final int PREVIEW_ROWS = 20;

    private final SheetKind kind;
    private final ColumnMapping mapping;
    private long rows;
    private long created;
    private long changed;
    private long unchanged;
    private long rejected;
    private long errorsTotal;
    private final List<RowError> errors = new ArrayList<>();
    private final List<RowError> warnings = new ArrayList<>();
    private final Set<Long> firstRows = new HashSet<>();
    private final Map<Long, PreviewRow> preview = new TreeMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    Tally(SheetKind kind, ColumnMapping mapping) {
        this.kind = kind;
        this.mapping = mapping;
    }

    void seen(long row) {
        rows++;
        if (firstRows.size() < PREVIEW_ROWS) {
            firstRows.add(row);
        }
    }

    long rowsSeen() {
        return rows;
    }

    /** A row refused with these problems. */
    void refused(long row, List<RowError> problems) {
        rejected++;
        errorsTotal += problems.size();
        problems.stream().limit(Math.max(0, MAX_LISTED - errors.size())).forEach(errors::add);
        reasons.put(row, problems.stream().map(Tally::describe).collect(Collectors.joining("；")));
        if (firstRows.contains(row)) {
            preview.put(row, new PreviewRow(row, "拒绝", Map.of(), problems));
        }
    }

    /** A problem named by contract path, placed in the column that fills it. */
    RowError error(long row, String id, String path, String reason) {
        var column = mapping.ofPath(kind, path);
        String header = column.map(MappedColumn::header).orElseGet(() -> label(path));
        return new RowError(row, column.map(MappedColumn::letter).orElse(""), header, path, id, reason);
    }

    void outcome(RowOutcome outcome) {
        if (outcome.status() == RowOutcome.Status.REJECTED) {
            refused(outcome.number(), List.of(error(outcome.number(), outcome.id(), outcome.field(), outcome.reason())));
            return;
        }
        switch (outcome.status()) {
            case NEW -> created++;
            case CHANGED -> changed++;
            default -> unchanged++;
        }
        List<RowError> warned = List.of();
        if (outcome.reason() != null) {
            warned = List.of(error(outcome.number(), outcome.id(), outcome.field(), outcome.reason()));
            if (warnings.size() < MAX_LISTED) {
                warnings.addAll(warned);
            }
        }
        if (firstRows.contains(outcome.number())) {
            preview.put(outcome.number(), new PreviewRow(outcome.number(), status(outcome.status()),
                    kind.display(outcome.record()), warned));
        }
    }

    Map<Long, String> rejectedReasons() {
        return reasons;
    }

    SheetReport report(String sheet, boolean dryRun) {
        List<SheetReport.ColumnView> columns = mapping.columns().stream().map(c -> new SheetReport.ColumnView(
                c.letter(), c.header(), c.field(), c.field() == null ? null : label(c.field()), c.origin().name()))
                .toList();
        return new SheetReport(kind.name(), dryRun, sheet, mapping.headerRow(), columns, rows, created, changed,
                unchanged, rejected, errorsTotal, byRow(errors), byRow(warnings),
                List.copyOf(preview.values()));
    }

    /** In the order of the rows (a row without a ledger number is refused a batch later than a cell's problem). */
    private static List<RowError> byRow(List<RowError> errors) {
        return errors.stream().sorted(java.util.Comparator.comparingLong(RowError::row)).toList();
    }

    private String label(String keyOrPath) {
        if (keyOrPath == null) {
            return "";
        }
        return kind.fields().stream().filter(f -> f.key().equals(keyOrPath) || f.paths().contains(keyOrPath))
                .findFirst().map(SheetField::label).orElse(keyOrPath);
    }

    private static String describe(RowError e) {
        return (e.column().isEmpty() ? "" : e.column() + "列") + (e.header().isEmpty() ? "" : "「" + e.header() + "」")
                + "：" + e.reason();
    }

    private static String status(RowOutcome.Status status) {
        return switch (status) {
            case NEW -> "新增";
            case CHANGED -> "变更";
            default -> "不变";
        };
    }
}
