package com.clinova.records.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of an encounter. */
public record EncounterId(UUID value) implements Serializable {

    public EncounterId {
        Objects.requireNonNull(value, "encounter id");
    }

    public static EncounterId random() {
        return new EncounterId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; a malformed one is simply nobody's id. */
    public static Optional<EncounterId> parse(String text) {
        try {
            return Optional.of(new EncounterId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
