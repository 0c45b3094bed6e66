package com.clinova.web.portal.practice;

import java.util.Optional;
import java.util.UUID;

/** Ids from page parameters and form values: a malformed one names nothing. */
final class PortalIds {

    private PortalIds() {}

    static Optional<UUID> parse(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
