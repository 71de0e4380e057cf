package org.jobmatch.importing;

import java.util.List;
import java.util.Map;

import org.jobmatch.domain.Contact;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.vacancy.VacancyLedger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

final class VacancyWriter implements RowWriter<VacancyRow> {

    private static final Upsert<VacancyRow, VacancyLedger.Versioned> UPSERT = new Upsert<>("vacancies", List.of(
            "id", "source", "employer", "title", "description", "skills", "township", "lat", "lon",
            "location_from_township", "age_min", "age_max", "openings", "wage_min", "wage_max", "work_mode",
            "accessible", "eligible_groups", "valid_until", "contact_name", "contact_phone"),
            VacancyWriter::values, (rs, n) -> VacancyLedger.versioned(rs));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    VacancyWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Result write(List<VacancyRow> rows) {
        List<VacancyLedger.Versioned> written = UPSERT.run(jdbc, rows, row -> row.vacancy().id());
        events.publishEvent(new VacancyRowsWritten(written));
        return new Result(written.size(), Map.of());
    }

    private static Object[] values(VacancyRow row) {
        Vacancy v = row.vacancy();
        Contact contact = v.contact();
        return new Object[] {
            v.id(), v.source().name(), v.employer(), v.title(), v.description(), v.skills().toArray(String[]::new),
            v.township(), v.location().lat(), v.location().lon(), row.locationFromTownship(), v.ageMin(), v.ageMax(),
            v.openings(), v.wageMin(), v.wageMax(), v.workMode().name(), v.accessible(),
            LedgerValues.names(v.eligibleGroups()), v.validUntil(),
            contact == null ? null : contact.name(), contact == null ? null : contact.phone()
        };
    }
}
