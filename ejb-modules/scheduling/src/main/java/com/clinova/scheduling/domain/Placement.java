package com.clinova.scheduling.domain;

import java.util.Objects;
import java.util.UUID;

/** Where and with whom an appointment takes place, and when; {@code roomId} is null for services without a room. */
public record Placement(UUID practitionerId, UUID locationId, UUID roomId, Period period) {

    public Placement {
        Objects.requireNonNull(practitionerId, "practitioner");
        Objects.requireNonNull(locationId, "location");
        Objects.requireNonNull(period, "period");
    }
}
