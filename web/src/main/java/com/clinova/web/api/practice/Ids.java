package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading ids sent by clients: in a path a bad one names nothing (404), in a body it is a field error. */
final class Ids {

    private Ids() {}

    static UUID ofPath(String text) {
        return parse(text).orElseThrow(NotFoundException::new);
    }

    /** Null for an absent id; a malformed one is recorded as a violation of {@code field}. */
    static UUID ofField(String field, String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<UUID> id = parse(text.trim());
        if (id.isEmpty()) {
            violations.add(new FieldViolation(field, "must be an id (UUID)"));
        }
        return id.orElse(null);
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
