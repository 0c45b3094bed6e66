package com.clinova.scheduling.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of an appointment: a UUID, so ids reveal nothing about volume or order. */
public record AppointmentId(UUID value) implements Serializable {

    public AppointmentId {
        Objects.requireNonNull(value, "appointment id");
    }

    /** Parses a client-supplied id; a malformed one is simply not any appointment's id. */
    public static Optional<AppointmentId> parse(String text) {
        try {
            return Optional.of(new AppointmentId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
