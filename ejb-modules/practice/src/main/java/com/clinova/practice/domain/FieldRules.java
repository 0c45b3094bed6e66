package com.clinova.practice.domain;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every broken rule of one input, named by the fields clients use, so a form can mark
 * every wrong field in one round trip. Text is normalised the same way everywhere: trimmed, runs
 * of spaces collapsed, an empty string read as "not given".
 */
final class FieldRules {

    static final String CONTROL_CHARACTERS = "must not contain control characters";
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,30}$");

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A required single-line text of at most {@code max} characters, normalised. */
    String required(String field, String value, int max) {
        String clean = clean(value);
        if (clean == null) {
            add(field, "is required");
            return null;
        }
        return optional(field, clean, max);
    }

    /** An optional single-line text of at most {@code max} characters, normalised (null if blank). */
    String optional(String field, String value, int max) {
        String clean = clean(value);
        if (!PlainText.isSingleLine(clean)) {
            add(field, CONTROL_CHARACTERS);
        } else if (clean != null && clean.length() > max) {
            add(field, "must have at most " + max + " characters");
        }
        return clean;
    }

    /** Optional text that may span lines (addresses, descriptions); only trimmed. */
    String multiLine(String field, String value, int max) {
        String clean = value == null || value.isBlank() ? null : value.strip();
        if (!PlainText.isMultiLine(clean)) {
            add(field, CONTROL_CHARACTERS);
        } else if (clean != null && clean.length() > max) {
            add(field, "must have at most " + max + " characters");
        }
        return clean;
    }

    String phone(String field, String value) {
        String clean = optional(field, value, 30);
        if (clean != null
                && PlainText.isSingleLine(clean)
                && !PHONE.matcher(clean).matches()) {
            add(field, "must be a phone number (digits, spaces, + ( ) - .)");
        }
        return clean;
    }

    void add(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }

    boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    void throwIfBroken() {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().replaceAll("[ \\t]+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
