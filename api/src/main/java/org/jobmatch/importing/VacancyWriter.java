package org.jobmatch.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jobmatch.domain.Contact;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.vacancy.VacancyLedger;
import org.jobmatch.vacancy.VacancyRowsWritten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts vacancies. The places still open belong to the service (placements recorded here take them): a file
 * moves them by the change in its {@code openings} since the vacancy's previous import, never back to the file's
 * number, so an unchanged line after placements changes nothing.
 */
final class VacancyWriter implements RowWriter<VacancyRow> {

    private static final String OPENINGS_MOVED =
            "GREATEST(0, vacancies.openings + EXCLUDED.openings_imported - vacancies.openings_imported)";

    private static final Upsert<VacancyRow, VacancyLedger.Versioned> UPSERT = new Upsert<>("vacancies", List.of(
            "id", "source", "employer", "title", "description", "skills", "township", "lat", "lon",
            "location_from_township", "age_min", "age_max", "openings", "openings_imported", "wage_min", "wage_max",
            "work_mode", "accessible", "eligible_groups", "valid_until", "contact_name", "contact_phone",
            "large_employer"),
            Map.of("openings", OPENINGS_MOVED), VacancyWriter::values, (rs, n) -> VacancyLedger.versioned(rs));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TownshipScope scope;

    VacancyWriter(JdbcTemplate jdbc, ApplicationEventPublisher events, TownshipScope scope) {
        this.jdbc = jdbc;
        this.events = events;
        this.scope = scope;
    }

    @Override
    public Result write(List<VacancyRow> rows) {
        List<String> ids = rows.stream().map(r -> r.vacancy().id()).toList();
        Map<Integer, InvalidField> refused = scope.refusals(jdbc, "vacancies", ids,
                rows.stream().map(r -> r.vacancy().township()).toList());
        List<VacancyRow> accepted = IntStream.range(0, rows.size()).filter(i -> !refused.containsKey(i))
                .mapToObj(rows::get).toList();
        Set<String> existed = UPSERT.existing(jdbc, ids);
        List<VacancyLedger.Versioned> written = UPSERT.run(jdbc, accepted, row -> row.vacancy().id());
        events.publishEvent(new VacancyRowsWritten(written));
        return new Result(existed, written.stream().map(w -> w.vacancy().id()).collect(Collectors.toSet()), refused,
                Map.of());
    }

    private static Object[] values(VacancyRow row) {
        Vacancy v = row.vacancy();
        Contact contact = v.contact();
        return new Object[] {
            v.id(), v.source().name(), v.employer(), v.title(), v.description(), v.skills().toArray(String[]::new),
            v.township(), v.location().lat(), v.location().lon(), row.locationFromTownship(), v.ageMin(), v.ageMax(),
            v.openings(), v.openings(), v.wageMin(), v.wageMax(), v.workMode().name(), v.accessible(),
            LedgerValues.names(v.eligibleGroups()), v.validUntil(),
            contact == null ? null : contact.name(), contact == null ? null : contact.phone(), row.largeEmployer()
        };
    }
}
