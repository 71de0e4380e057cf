package org.jobmatch.importing;

import java.util.List;
import java.util.Map;

import org.jobmatch.domain.Contact;
import org.jobmatch.domain.Vacancy;
import org.springframework.jdbc.core.JdbcTemplate;

final class VacancyWriter implements RowWriter<VacancyRow> {

    private static final Upsert<VacancyRow> UPSERT = new Upsert<>("vacancies", List.of(
            "id", "source", "employer", "title", "description", "skills", "township", "lat", "lon",
            "location_from_township", "age_min", "age_max", "openings", "wage_min", "wage_max", "work_mode",
            "accessible", "eligible_groups", "valid_until", "contact_name", "contact_phone"),
            VacancyWriter::values);

    private final JdbcTemplate jdbc;

    VacancyWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Result write(List<VacancyRow> rows) {
        return new Result(UPSERT.run(jdbc, rows), Map.of());
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
