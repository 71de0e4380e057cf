package org.jobmatch.importing;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.EmploymentStatus;
import org.jobmatch.domain.Person;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the placements recorded here say about the persons of an import, which outranks the file: a person with
 * an active placement stays EMPLOYED, and their household is no zero-employment family. The persons' rows are
 * locked first, so that a placement committed meanwhile is seen (placements lock the same rows).
 */
final class PlacedHere {

    static final InvalidField STAYS_EMPLOYED = new InvalidField("employmentStatus",
            "该人员在本系统有有效的安置记录，仍为已就业；如已离职，请先结束安置记录",
            "an active placement is recorded here: the person stays EMPLOYED; end the placement first");
    static final InvalidField NOT_ZERO_EMPLOYMENT = new InvalidField("groups",
            "该户已有成员在本系统安置就业，不再列为零就业家庭",
            "a member of the household is placed here: not a zero-employment family");

    private final Set<String> persons = new HashSet<>();
    private final Set<String> households = new HashSet<>();

    private PlacedHere() {
    }

    static PlacedHere lock(JdbcTemplate jdbc, List<PersonRow> rows) {
        PlacedHere placed = new PlacedHere();
        Object[] ids = rows.stream().map(r -> r.person().id()).sorted().toArray();
        Object[] householdIds = rows.stream().map(r -> r.person().householdId()).filter(Objects::nonNull).toArray();
        jdbc.query("SELECT id FROM persons WHERE id = ANY (?) ORDER BY id FOR UPDATE",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids)), rs -> {
                });
        jdbc.query("""
                SELECT p.id, p.household_id FROM persons p
                WHERE (p.id = ANY (?) OR p.household_id = ANY (?))
                  AND EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id AND pl.cancelled_at IS NULL)""",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids));
                    ps.setArray(2, ps.getConnection().createArrayOf("varchar", householdIds));
                },
                rs -> {
                    placed.persons.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        placed.households.add(rs.getString(2));
                    }
                });
        return placed;
    }

    /** The row as the ledger keeps it; the warnings for what changed are put under {@code index}. */
    PersonRow apply(PersonRow row, int index, Map<Integer, InvalidField> warnings) {
        Person person = row.person();
        if (persons.contains(person.id()) && person.employmentStatus() != EmploymentStatus.EMPLOYED) {
            person = person.withEmploymentStatus(EmploymentStatus.EMPLOYED);
            warnings.put(index, STAYS_EMPLOYED);
        }
        if (households.contains(person.householdId())
                && person.groups().contains(AssistanceGroup.ZERO_EMPLOYMENT_FAMILY)) {
            Set<AssistanceGroup> groups = EnumSet.copyOf(person.groups());
            groups.remove(AssistanceGroup.ZERO_EMPLOYMENT_FAMILY);
            person = person.withGroups(groups);
            warnings.putIfAbsent(index, NOT_ZERO_EMPLOYMENT);
        }
        return person == row.person() ? row : new PersonRow(person, row.locationFromTownship());
    }
}
