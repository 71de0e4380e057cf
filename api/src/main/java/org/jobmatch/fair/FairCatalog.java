package org.jobmatch.fair;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jobmatch.ledger.Columns;
import org.jobmatch.pages.JobTexts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ledger's vacancies as an operator picks them for a fair. */
@Repository
class FairCatalog {

    private static final String OPEN = "openings > 0 AND (valid_until IS NULL OR valid_until >= ?)";
    private static final int MAX_OPTIONS = 5000;

    private final JdbcTemplate jdbc;

    FairCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An open vacancy in the picker. */
    record VacancyOption(String id, String employer, String title, String township, String source, int openings,
                         String wage) {
    }

    List<VacancyOption> openVacancies(LocalDate today) {
        return jdbc.query("SELECT * FROM vacancies WHERE " + OPEN + " ORDER BY employer, title, id LIMIT ?",
                (rs, n) -> new VacancyOption(rs.getString("id"), rs.getString("employer"), rs.getString("title"),
                        rs.getString("township"), JobTexts.source(rs.getString("source")), rs.getInt("openings"),
                        JobTexts.wage(Columns.integer(rs, "wage_min"), Columns.integer(rs, "wage_max"))),
                Date.valueOf(today), MAX_OPTIONS);
    }

    Set<String> existing(Collection<String> vacancyIds) {
        return new HashSet<>(jdbc.query("SELECT id FROM vacancies WHERE id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", vacancyIds.toArray())),
                (rs, n) -> rs.getString(1)));
    }

    /** The open vacancies of each employer named that has any. */
    Map<String, List<String>> openVacanciesOf(Collection<String> employers, LocalDate today) {
        Map<String, List<String>> byEmployer = new LinkedHashMap<>();
        jdbc.query("SELECT employer, id FROM vacancies WHERE employer = ANY (?) AND " + OPEN + " ORDER BY employer, id",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", employers.toArray()));
                    ps.setDate(2, Date.valueOf(today));
                },
                rs -> {
                    byEmployer.computeIfAbsent(rs.getString("employer"), e -> new ArrayList<>())
                            .add(rs.getString("id"));
                });
        return byEmployer;
    }
}
