package org.jobmatch.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.Preferences;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.person.PersonRowsWritten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** Upserts persons; refuses a line whose ID number already belongs to another ledger entry. */
final class PersonWriter implements RowWriter<PersonRow> {

    private static final Upsert<PersonRow, PersonLedger.Versioned> UPSERT = new Upsert<>("persons", List.of(
            "id", "name", "id_number", "gender", "birth_date", "phone", "household_id", "township", "village",
            "lat", "lon", "location_from_township", "groups", "employment_status", "skills", "pref_jobs",
            "pref_work_modes", "pref_max_distance_km", "pref_willing_to_migrate", "pref_min_wage"),
            PersonWriter::values, (rs, n) -> PersonLedger.versioned(rs));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TownshipScope scope;

    PersonWriter(JdbcTemplate jdbc, ApplicationEventPublisher events, TownshipScope scope) {
        this.jdbc = jdbc;
        this.events = events;
        this.scope = scope;
    }

    @Override
    public Result write(List<PersonRow> rows) {
        List<String> ids = rows.stream().map(r -> r.person().id()).toList();
        Map<Integer, InvalidField> refused = scope.refusals(jdbc, "persons", ids,
                rows.stream().map(r -> r.person().township()).toList());
        refuseTakenIdNumbers(rows, refused);
        PlacedHere placed = PlacedHere.lock(jdbc, rows);
        Map<Integer, InvalidField> warnings = new HashMap<>();
        List<PersonRow> accepted = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (!refused.containsKey(i)) {
                accepted.add(placed.apply(rows.get(i), i, warnings));
            }
        }
        Set<String> existed = UPSERT.existing(jdbc, ids);
        List<PersonLedger.Versioned> written = UPSERT.run(jdbc, accepted, row -> row.person().id());
        events.publishEvent(new PersonRowsWritten(written));
        return new Result(existed, written.stream().map(w -> w.person().id()).collect(Collectors.toSet()), refused,
                warnings);
    }

    /** One resident, one ledger entry: a line whose ID number belongs to another entry is refused. */
    private void refuseTakenIdNumbers(List<PersonRow> rows, Map<Integer, InvalidField> refused) {
        Map<String, String> owners = ownersOfIdNumbers(rows);
        for (int i = 0; i < rows.size(); i++) {
            Person p = rows.get(i).person();
            if (p.idNumber() == null || refused.containsKey(i)) {
                continue;
            }
            String owner = owners.putIfAbsent(p.idNumber(), p.id());
            if (owner != null && !owner.equals(p.id())) {
                refused.put(i, new InvalidField("idNumber", "该身份证号已登记在 " + owner + " 名下",
                        "this ID number already belongs to " + owner));
            }
        }
    }

    private Map<String, String> ownersOfIdNumbers(List<PersonRow> rows) {
        String[] numbers = rows.stream().map(r -> r.person().idNumber())
                .filter(Objects::nonNull).toArray(String[]::new);
        Map<String, String> owners = new HashMap<>();
        if (numbers.length > 0) {
            jdbc.query("SELECT id_number, id FROM persons WHERE id_number = ANY (?::bpchar[])",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", numbers)),
                    rs -> {
                        owners.put(rs.getString(1), rs.getString(2));
                    });
        }
        return owners;
    }

    private static Object[] values(PersonRow row) {
        Person p = row.person();
        Preferences pref = p.preferences();
        return new Object[] {
            p.id(), p.name(), p.idNumber(), p.gender().name(), p.birthDate(), p.phone(), p.householdId(),
            p.township(), p.village(), p.location().lat(), p.location().lon(), row.locationFromTownship(),
            LedgerValues.names(p.groups()), p.employmentStatus().name(), p.skills(), pref.jobs(),
            LedgerValues.names(pref.workModes()), pref.maxDistanceKm(), pref.willingToMigrate(), pref.minWage()
        };
    }
}
