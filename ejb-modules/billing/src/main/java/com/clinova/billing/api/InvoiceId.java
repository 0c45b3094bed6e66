package com.clinova.billing.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of an invoice: a UUID, so ids reveal nothing about volume or order (numbers do that). */
public record InvoiceId(UUID value) implements Serializable {

    public InvoiceId {
        Objects.requireNonNull(value, "invoice id");
    }

    /** Parses a client-supplied id; a malformed one is simply not any invoice's id. */
    public static Optional<InvoiceId> parse(String text) {
        try {
            return Optional.of(new InvoiceId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
