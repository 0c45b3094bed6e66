package com.clinova.scheduling.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * The little another context needs to refer to an appointment (records opening an encounter,
 * billing invoicing a visit): whose, with whom, and where it is in its life. None of the
 * appointment's details; reading it is part of the referring use case, which records its own
 * access in the audit trail.
 */
public record AppointmentReference(AppointmentId id, UUID patientId, UUID practitionerId, AppointmentStatus status)
        implements Serializable {}
