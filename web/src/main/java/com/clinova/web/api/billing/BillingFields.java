package com.clinova.web.api.billing;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads request fields as the types they stand for. An unreadable value is recorded under the
 * field's name and read as absent, so a request with several bad fields is answered with all of
 * them at once ({@link #throwIfAny}).
 */
final class BillingFields {

    /** Plain decimal notation only: no exponents, no thousands separators, a dot for decimals. */
    private static final Pattern DECIMAL = Pattern.compile("^-?\\d{1,13}(\\.\\d+)?$");

    private final List<FieldViolation> violations = new ArrayList<>();

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

    BigDecimal decimal(String field, String text) {
        if (isBlank(text)) {
            return null;
        }
        if (!DECIMAL.matcher(text.trim()).matches()) {
            violations.add(new FieldViolation(field, "must be a decimal number as a string, e.g. \"60.50\""));
            return null;
        }
        return new BigDecimal(text.trim());
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

    /** The start of a day in UTC: what a date range's ends mean in queries. */
    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
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

    void add(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }

    boolean wasUnreadable(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Adds the domain's own findings, except for fields already reported as unreadable. */
    void addAll(List<FieldViolation> found) {
        found.stream().filter(v -> !wasUnreadable(v.field())).forEach(violations::add);
    }

    boolean any() {
        return !violations.isEmpty();
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String amount(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
