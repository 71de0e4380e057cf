package org.jobmatch.services;

import java.time.LocalDate;
import java.time.Period;

import org.jobmatch.domain.EmploymentStatus;

/** When a person is next to be followed up: after their last contact, by how they stand (海安 2021). */
public record Cadence(Period employed, Period flexibleOrNotSeeking, Period unemployed) {

    public static Cadence of(ServiceProperties p) {
        return new Cadence(p.employedEvery(), p.flexibleEvery(), p.unemployedEvery());
    }

    public Period every(EmploymentStatus status) {
        return switch (status) {
            case EMPLOYED -> employed;
            case FLEXIBLE, NOT_SEEKING -> flexibleOrNotSeeking;
            case UNEMPLOYED -> unemployed;
        };
    }

    /** The day the next follow-up is due; never contacted: the day they entered the ledger. */
    public LocalDate dueOn(EmploymentStatus status, LocalDate lastContact, LocalDate entered) {
        return lastContact == null ? entered : lastContact.plus(every(status));
    }
}
