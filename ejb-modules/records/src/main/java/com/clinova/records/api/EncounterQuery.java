package com.clinova.records.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A patient's encounters, newest first, {@code limit} at a time, after {@code after}. */
public record EncounterQuery(UUID patientId, int limit, Optional<EncounterKey> after) {

    public static final int MAX_LIMIT = 100;

    public EncounterQuery {
        Objects.requireNonNull(patientId, "patient id");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
