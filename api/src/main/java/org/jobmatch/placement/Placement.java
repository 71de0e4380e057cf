package org.jobmatch.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A placement row of the ledger. Stays inside this package: the API shows {@link PlacementView}. */
@Entity
@Table(name = "placements")
class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "vacancy_id", nullable = false)
    private String vacancyId;
    @Column(name = "placement_type", nullable = false)
    private String placementType;
    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;
    @Column(name = "previous_status", nullable = false)
    private String previousStatus;
    @Column(name = "previous_placement_type")
    private String previousPlacementType;
    @Column(name = "referral_id")
    private Long referralId;
    @Column(nullable = false)
    private String channel;
    private String operator;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cleared_zero_employment", nullable = false)
    private String[] clearedZeroEmployment;
    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;

    protected Placement() {
    }

    Placement(PlacementRequest request, LockedRows.Person person, String placementType, Long referralId,
              String[] clearedZeroEmployment, OffsetDateTime now) {
        this.personId = request.personId();
        this.vacancyId = request.vacancyId();
        this.placementType = placementType;
        this.placedOn = request.date();
        this.previousStatus = person.employmentStatus();
        this.previousPlacementType = person.placementType();
        this.referralId = referralId;
        this.channel = request.channel().name();
        this.operator = request.operator();
        this.clearedZeroEmployment = clearedZeroEmployment;
        this.createdAt = now;
    }

    void cancel(String by, OffsetDateTime now) {
        this.cancelledAt = now;
        this.cancelledBy = by;
    }

    PlacementView view(int openingsLeft) {
        return new PlacementView(id, personId, vacancyId, placedOn, placementType, channel, operator, referralId,
                createdAt, cancelledAt, openingsLeft);
    }

    Long id() {
        return id;
    }

    String personId() {
        return personId;
    }

    String vacancyId() {
        return vacancyId;
    }

    String previousStatus() {
        return previousStatus;
    }

    String previousPlacementType() {
        return previousPlacementType;
    }

    Long referralId() {
        return referralId;
    }

    String[] clearedZeroEmployment() {
        return clearedZeroEmployment;
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }
}
