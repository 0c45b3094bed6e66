package com.clinova.billing.domain;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.text.PlainText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input, named by the field names clients use. */
final class Violations {

    static final String CONTROL_CHARACTERS = "must not contain control characters";

    private final List<FieldViolation> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Required single-line text of at most {@code max} characters. */
    void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else {
            optionalText(field, value, max);
        }
    }

    void optionalText(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (!PlainText.isSingleLine(value)) {
            add(field, CONTROL_CHARACTERS);
        } else if (value.length() > max) {
            add(field, "must have at most " + max + " characters");
        }
    }

    /** Required text that may span lines (an address, a reason). */
    void multiLineText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else if (!PlainText.isMultiLine(value)) {
            add(field, CONTROL_CHARACTERS);
        } else if (value.length() > max) {
            add(field, "must have at most " + max + " characters");
        }
    }

    void amount(String field, BigDecimal value) {
        if (value == null) {
            add(field, "is required");
        } else if (!Amounts.isAmount(value)) {
            add(field, "must be an amount from 0 to " + Amounts.MAX.toPlainString() + " with at most 2 decimals");
        }
    }

    void percent(String field, BigDecimal value) {
        if (value == null) {
            add(field, "is required");
        } else if (!Amounts.isPercent(value)) {
            add(field, "must be a percentage from 0 to 100 with at most 2 decimals");
        }
    }

    List<FieldViolation> list() {
        return List.copyOf(found);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new RuleViolationException(found);
        }
    }

    /** Trimmed, with runs of spaces collapsed; null for blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().replaceAll("[ \\t]+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
