package com.clinova.scheduling.domain;

import java.util.Objects;
import java.util.UUID;

/** A checked booking: the patient, the service and where it takes place; {@code notes} may be null. */
public record Booking(UUID patientId, UUID serviceId, Placement placement, String notes) {

    public Booking {
        Objects.requireNonNull(patientId, "patient");
        Objects.requireNonNull(serviceId, "service");
        Objects.requireNonNull(placement, "placement");
    }
}
