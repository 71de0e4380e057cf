package org.jobmatch.placement;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    @Query("select count(p) > 0 from Placement p where p.personId = ?1 and p.vacancyId = ?2 and p.cancelledAt is null")
    boolean isPlaced(String personId, String vacancyId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Placement p where p.id = ?1")
    Optional<Placement> lockById(long id);
}
