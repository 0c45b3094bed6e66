package com.clinova.web.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the text of request fields (query parameters, JSON strings) as the types they stand for.
 * An unreadable value is recorded under the field's name and read as absent, so a request with
 * several bad fields is answered with all of them at once ({@link #throwIfAny}).
 */
public final class RequestFields {

    /** Plain decimal notation only: no exponents, no thousands separators, a dot for decimals. */
    private static final Pattern DECIMAL = Pattern.compile("^-?\\d{1,13}(\\.\\d+)?$");

    private final List<FieldViolation> violations;

    public RequestFields() {
        this(new ArrayList<>());
    }

    /** Records into the caller's list, which may already hold other findings. */
    public RequestFields(List<FieldViolation> violations) {
        this.violations = violations;
    }

    public UUID id(String field, String text) {
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
    public Instant instant(String field, String text) {
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

    public LocalDate date(String field, String text) {
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

    /** Money and rates travel as strings ("60.50"), so no binary floating point touches them. */
    public BigDecimal decimal(String field, String text) {
        if (isBlank(text)) {
            return null;
        }
        if (!DECIMAL.matcher(text.trim()).matches()) {
            violations.add(new FieldViolation(field, "must be a decimal number as a string, e.g. \"60.50\""));
            return null;
        }
        return new BigDecimal(text.trim());
    }

    public int limit(String text, int defaultLimit, int max) {
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

    /** Records "is required" for a field left out; whether it was given. */
    public boolean required(String field, String text) {
        if (isBlank(text)) {
            violations.add(new FieldViolation(field, "is required"));
            return false;
        }
        return true;
    }

    public void add(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }

    public boolean wasUnreadable(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Adds the domain's own findings, except for fields already reported as unreadable. */
    public void addAll(List<FieldViolation> found) {
        found.stream().filter(v -> !wasUnreadable(v.field())).forEach(violations::add);
    }

    public boolean any() {
        return !violations.isEmpty();
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
