package org.jobmatch.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jobmatch.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements (安置/就业登记), each in one transaction: the vacancy loses an opening, the person becomes
 * employed with the placement's type, the household leaves the zero-employment list, and the referral
 * that led there is marked successful. Cancelling a placement entered by mistake undoes all of it.
 */
@Service
public class Placements {

    private final LockedRows rows;
    private final PlacementRepository repository;
    private final Clock clock;

    Placements(LockedRows rows, PlacementRepository repository, Clock clock) {
        this.rows = rows;
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public PlacementView place(PlacementRequest body) {
        PlacementRequest request = body.withDefaults(LocalDate.now(clock));
        LockedRows.Vacancy vacancy = rows.lockVacancy(request.vacancyId())
                .orElseThrow(() -> ApiException.notFound("vacancy", request.vacancyId()));
        List<LockedRows.Person> household = rows.lockHousehold(request.personId());
        LockedRows.Person person = household.stream().filter(p -> p.id().equals(request.personId())).findFirst()
                .orElseThrow(() -> ApiException.notFound("person", request.personId()));
        if (repository.isPlaced(person.id(), vacancy.id())) {
            throw ApiException.conflict("already-placed", "该人员已在此岗位安置",
                    "person " + person.id() + " is already placed at " + vacancy.id());
        }
        if (vacancy.openings() <= 0) {
            throw ApiException.conflict("no-openings", "岗位已招满，无剩余名额", "vacancy " + vacancy.id() + " has no openings left");
        }
        int left = rows.changeOpenings(vacancy.id(), -1);
        rows.setStatus(person.id(), "EMPLOYED", vacancy.source());
        String[] cleared = rows.clearZeroEmployment(household.stream().map(LockedRows.Person::id).toList());
        Long referral = rows.settleReferral(person.id(), vacancy.id(), "PLACED").orElse(null);
        Placement placement = repository.save(new Placement(request, person, vacancy.source(), referral, cleared,
                OffsetDateTime.now(clock)));
        return placement.view(left);
    }

    @Transactional
    public PlacementView cancel(long id, String operator) {
        Placement placement = repository.lockById(id).filter(p -> !p.isCancelled())
                .orElseThrow(() -> ApiException.notFound("placement", String.valueOf(id)));
        rows.lockVacancy(placement.vacancyId());
        List<LockedRows.Person> household = rows.lockHousehold(placement.personId());
        int left = rows.changeOpenings(placement.vacancyId(), +1);
        rows.setStatus(placement.personId(), placement.previousStatus(), placement.previousPlacementType());
        if (!rows.hasEmployedMember(household)) {
            rows.restoreZeroEmployment(placement.clearedZeroEmployment());
        }
        if (placement.referralId() != null) {
            rows.reopenReferral(placement.referralId());
        }
        placement.cancel(operator, OffsetDateTime.now(clock));
        return placement.view(left);
    }
}
