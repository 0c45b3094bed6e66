package com.clinova.scheduling.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A request to book {@code patientId} for {@code serviceId} with {@code practitionerId} at {@code
 * start}; the end follows from the service's duration. {@code locationId} may be null (the
 * location where the practitioner works at that time), {@code roomId} too (a free room of the
 * service at that location is chosen). With {@code hold} the time is only held for a few minutes
 * until confirmed. Required fields left null are reported as broken rules, all at once.
 */
public record BookingRequest(
        UUID patientId,
        UUID serviceId,
        UUID practitionerId,
        UUID locationId,
        UUID roomId,
        Instant start,
        String notes,
        boolean hold)
        implements Serializable {}
