package org.jobmatch.sheets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header among a sheet's first rows: the row naming the most known fields (title rows above it name
 * none). A header of two rows (a merged group heading such as 联系方式 over 电话 and 手机) is read as one: each
 * column takes the lower cell, or the upper one where a merged cell left the lower empty.
 */
final class HeaderFinder {

    static final int ROWS_SEARCHED = 30;

    private HeaderFinder() {
    }

    static ColumnMapping find(List<SheetRow> first, SheetKind kind, FieldNames names, Map<Integer, String> chosen) {
        int best = -1;
        int bestScore = 1;
        for (int i = 0; i < first.size(); i++) {
            int score = known(first.get(i), names);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            throw new UnreadableSheet("找不到表头：前 " + ROWS_SEARCHED + " 行中没有一行含有两个以上可识别的列名（如 姓名、身份证号码、乡镇）",
                    "no header row found among the first " + ROWS_SEARCHED + " rows", null);
        }
        SheetRow top = first.get(best);
        SheetRow below = best + 1 < first.size() ? first.get(best + 1) : null;
        boolean twoRows = below != null && below.number() == top.number() + 1 && isSubHeader(below, names);
        List<String> headers = twoRows ? combined(top, below, names) : texts(top);
        return new ColumnMapping(top.number(), twoRows ? below.number() : top.number(),
                map(headers, kind, names, chosen));
    }

    private static int known(SheetRow row, FieldNames names) {
        Set<String> fields = new HashSet<>();
        for (int c = 0; c < row.width(); c++) {
            names.find(row.cell(c).text()).filter(k -> !k.field().isEmpty()).ifPresent(k -> fields.add(k.field()));
        }
        return fields.size();
    }

    private static boolean isSubHeader(SheetRow row, FieldNames names) {
        long filled = row.cells().stream().filter(c -> c != null && !c.isBlank()).count();
        long numbers = row.cells().stream().filter(c -> c != null && c.isNumber()).count();
        int known = known(row, names);
        return numbers == 0 && known >= 1 && known * 2 >= filled;
    }

    private static List<String> texts(SheetRow row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.width(); c++) {
            texts.add(row.cell(c).text());
        }
        return texts;
    }

    private static List<String> combined(SheetRow top, SheetRow below, FieldNames names) {
        List<String> headers = new ArrayList<>();
        String group = "";
        for (int c = 0; c < Math.max(top.width(), below.width()); c++) {
            String upper = top.cell(c).text();
            String lower = below.cell(c).text();
            group = upper.isEmpty() ? group : upper;
            if (lower.isEmpty()) {
                headers.add(upper);
            } else if (names.find(lower).isPresent() || group.isEmpty()) {
                headers.add(lower);
            } else {
                headers.add(group + lower);
            }
        }
        return headers;
    }

    private static List<MappedColumn> map(List<String> headers, SheetKind kind, FieldNames names,
                                          Map<Integer, String> chosen) {
        List<MappedColumn> columns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            if (header.isBlank() && !chosen.containsKey(c)) {
                continue;
            }
            columns.add(column(c, header, kind, names, chosen, taken));
        }
        return columns;
    }

    private static MappedColumn column(int c, String header, SheetKind kind, FieldNames names,
                                       Map<Integer, String> chosen, Set<String> taken) {
        String letter = Columns.letter(c);
        Optional<FieldNames.Known> known = chosen.containsKey(c)
                ? Optional.of(new FieldNames.Known(chosen.get(c), false)) : names.find(header);
        MappedColumn.Origin origin = chosen.containsKey(c) ? MappedColumn.Origin.CHOSEN
                : known.map(k -> k.remembered() ? MappedColumn.Origin.REMEMBERED : MappedColumn.Origin.BUILT_IN)
                .orElse(MappedColumn.Origin.UNKNOWN);
        String field = known.map(FieldNames.Known::field).filter(f -> kind.field(f).isPresent()).orElse(null);
        if (known.isPresent() && field == null) {
            return new MappedColumn(c, letter, header, null, MappedColumn.Origin.IGNORED);
        }
        if (field != null && !taken.add(field)) {
            return new MappedColumn(c, letter, header, null, MappedColumn.Origin.DUPLICATE);
        }
        return new MappedColumn(c, letter, header, field, origin);
    }
}
