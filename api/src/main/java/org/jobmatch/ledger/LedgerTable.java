package org.jobmatch.ledger;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads rows of one ledger table by their ids. */
public final class LedgerTable<T> {

    private final JdbcTemplate jdbc;
    private final String select;
    private final RowMapper<T> mapper;

    public LedgerTable(JdbcTemplate jdbc, String table, RowMapper<T> mapper) {
        this.jdbc = jdbc;
        // a join, not "id = ANY (?)": right after a large import, before the table is analysed, the planner takes
        // the latter for most of the table and scans it all, comparing every row with every id (seconds per call)
        this.select = "SELECT t.* FROM " + table + " t JOIN unnest (?::text[]) AS wanted (id) ON t.id = wanted.id";
        this.mapper = mapper;
    }

    /** The rows of {@code ids} that exist, each once (an id given twice is read once). */
    public List<T> byIds(Collection<String> ids) {
        Object[] distinct = new LinkedHashSet<>(ids).toArray();
        return jdbc.query(select, ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", distinct)), mapper);
    }
}
