package com.clinova.records.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a treatment note (or an amendment). */
public record NoteId(UUID value) implements Serializable {

    public NoteId {
        Objects.requireNonNull(value, "note id");
    }

    public static NoteId random() {
        return new NoteId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; a malformed one is simply nobody's id. */
    public static Optional<NoteId> parse(String text) {
        try {
            return Optional.of(new NoteId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
