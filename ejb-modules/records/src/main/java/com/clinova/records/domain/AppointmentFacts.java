package com.clinova.records.domain;

import java.util.Objects;
import java.util.UUID;

/** What opening an encounter needs to know about an appointment. */
public record AppointmentFacts(UUID appointmentId, UUID patientId, UUID practitionerId, VisitState state) {

    public AppointmentFacts {
        Objects.requireNonNull(appointmentId, "appointment id");
        Objects.requireNonNull(patientId, "patient id");
        Objects.requireNonNull(practitionerId, "practitioner id");
        Objects.requireNonNull(state, "state");
    }
}
