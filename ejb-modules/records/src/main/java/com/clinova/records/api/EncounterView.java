package com.clinova.records.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A clinical encounter: the visit of {@code patientId} with {@code practitionerId} that {@code
 * appointmentId} booked, opened by staff account {@code openedBy}.
 */
public record EncounterView(
        EncounterId id, UUID appointmentId, UUID patientId, UUID practitionerId, UUID openedBy, Instant openedAt)
        implements Serializable {}
