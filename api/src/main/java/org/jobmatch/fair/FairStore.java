package org.jobmatch.fair;

import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jobmatch.ledger.Columns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Fairs and their vacancies in the ledger. */
@Repository
class FairStore {

    private final JdbcTemplate jdbc;

    FairStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Fair.Summary> list() {
        return jdbc.query("""
                SELECT f.id, f.name, f.held_on, f.venue, count(v.id) AS vacancies, count(DISTINCT v.employer) AS employers
                FROM fairs f LEFT JOIN fair_vacancies fv ON fv.fair_id = f.id LEFT JOIN vacancies v ON v.id = fv.vacancy_id
                GROUP BY f.id ORDER BY f.held_on DESC NULLS LAST, f.id DESC""",
                (rs, n) -> new Fair.Summary(rs.getLong("id"), rs.getString("name"), Columns.date(rs, "held_on"),
                        rs.getString("venue"), rs.getInt("vacancies"), rs.getInt("employers")));
    }

    Optional<Fair> find(long id) {
        List<String> vacancyIds = jdbc.queryForList(
                "SELECT vacancy_id FROM fair_vacancies WHERE fair_id = ? ORDER BY vacancy_id", String.class, id);
        return jdbc.query("SELECT * FROM fairs WHERE id = ?", (rs, n) -> new Fair(rs.getLong("id"),
                rs.getString("name"), Columns.date(rs, "held_on"), rs.getString("venue"), vacancyIds), id)
                .stream().findFirst();
    }

    long create(FairRequest request, Collection<String> vacancyIds) {
        Long id = jdbc.queryForObject("INSERT INTO fairs (name, held_on, venue, township, on_site) "
                + "VALUES (?, ?, ?, ?, ?) RETURNING id", Long.class, request.name(), date(request), request.venue(),
                request.township(), request.onSite() == null || request.onSite());
        link(id, vacancyIds);
        return id;
    }

    boolean replace(long id, FairRequest request, Collection<String> vacancyIds) {
        int updated = jdbc.update("UPDATE fairs SET name = ?, held_on = ?, venue = ?, township = ?, on_site = ?, "
                + "updated_at = now() WHERE id = ?", request.name(), date(request), request.venue(), request.township(),
                request.onSite() == null || request.onSite(), id);
        if (updated == 0) {
            return false;
        }
        jdbc.update("DELETE FROM fair_vacancies WHERE fair_id = ?", id);
        link(id, vacancyIds);
        return true;
    }

    boolean delete(long id) {
        return jdbc.update("DELETE FROM fairs WHERE id = ?", id) > 0;
    }

    private void link(long fairId, Collection<String> vacancyIds) {
        jdbc.batchUpdate("INSERT INTO fair_vacancies (fair_id, vacancy_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                vacancyIds.stream().map(v -> new Object[] {fairId, v}).toList());
    }

    private static Date date(FairRequest request) {
        return request.heldOn() == null ? null : Date.valueOf(request.heldOn());
    }
}
