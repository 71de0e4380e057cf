package org.jobmatch.sheets;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The header mappings each office chose once and keeps: normalised header to field key ("" = ignore). */
@Repository
class MappingStore {

    private final JdbcTemplate jdbc;

    MappingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> remembered(Office office, SheetKind kind) {
        Map<String, String> mappings = new HashMap<>();
        jdbc.query("SELECT header, field FROM spreadsheet_mappings WHERE office = ? AND kind = ?",
                rs -> {
                    mappings.put(rs.getString(1), rs.getString(2));
                }, office.key(), kind.name());
        return mappings;
    }

    /** Remembers {@code choices} (header as the sheet has it, to field key or "") for the office. */
    void remember(Office office, SheetKind kind, Map<String, String> choices) {
        choices.forEach((header, field) -> jdbc.update("""
                INSERT INTO spreadsheet_mappings (office, kind, header, field, updated_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (office, kind, header) DO UPDATE SET field = EXCLUDED.field,
                    updated_by = EXCLUDED.updated_by, updated_at = now()""",
                office.key(), kind.name(), HeaderText.normalise(header), field, office.username()));
    }
}
