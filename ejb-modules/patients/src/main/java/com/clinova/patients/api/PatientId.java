package com.clinova.patients.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a patient: a UUID, so ids reveal nothing about volume or order. */
public record PatientId(UUID value) implements Serializable {

    public PatientId {
        Objects.requireNonNull(value, "patient id");
    }

    /** Parses a client-supplied id; a malformed one is simply not any patient's id. */
    public static Optional<PatientId> parse(String text) {
        try {
            return Optional.of(new PatientId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
