package com.clinova.records.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a file attached to an encounter. */
public record AttachmentId(UUID value) implements Serializable {

    public AttachmentId {
        Objects.requireNonNull(value, "attachment id");
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; a malformed one is simply nobody's id. */
    public static Optional<AttachmentId> parse(String text) {
        try {
            return Optional.of(new AttachmentId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
