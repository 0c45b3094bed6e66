package com.clinova.web.api.scheduling;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Reads the text of one request field as the type it stands for. An unreadable value is added to
 * the caller's violations under the field's name (and read as absent), so a request with several
 * bad fields is answered with all of them at once.
 */
final class Fields {

    private final List<FieldViolation> violations;

    Fields(List<FieldViolation> violations) {
        this.violations = violations;
    }

    UUID id(String field, String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "must be an id (UUID)"));
            return null;
        }
    }

    /** A moment: a date-time with its offset, e.g. 2026-12-01T09:00:00+01:00 or 2026-12-01T08:00:00Z. */
    Instant instant(String field, String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(
                    new FieldViolation(field, "must be a date-time with offset, e.g. 2026-12-01T09:00:00+01:00"));
            return null;
        }
    }

    LocalDate date(String field, String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    int limit(String text, int defaultLimit, int max) {
        if (isBlank(text)) {
            return defaultLimit;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new FieldViolation("limit", "must be a whole number from 1 to " + max));
        return defaultLimit;
    }

    boolean wasUnreadable(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
