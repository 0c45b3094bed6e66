package com.clinova.patients.api;

import java.io.Serializable;
import java.time.Instant;

/** A patient as read: details plus identity and the version that guards concurrent edits. */
public record PatientView(PatientId id, PatientDetails details, long version, Instant createdAt, Instant updatedAt)
        implements Serializable {}
