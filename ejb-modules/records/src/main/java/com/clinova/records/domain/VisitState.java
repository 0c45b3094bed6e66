package com.clinova.records.domain;

/** How far an appointment's visit has got, as far as clinical records care. */
public enum VisitState {
    /** Held or booked: the patient has not arrived. */
    NOT_ARRIVED,
    CHECKED_IN,
    COMPLETED,
    /** Cancelled, expired or a no-show: there was no visit to record. */
    DID_NOT_HAPPEN;

    /** A visit is recorded once the patient is there: checked in, or already completed. */
    public boolean allowsEncounter() {
        return this == CHECKED_IN || this == COMPLETED;
    }
}
