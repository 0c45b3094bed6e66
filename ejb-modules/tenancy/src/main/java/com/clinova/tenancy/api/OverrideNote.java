package com.clinova.tenancy.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who changed a clinic's entitlements, when and why. Both texts are required: an override
 * nobody can explain later is one nobody dares remove.
 */
public record OverrideNote(String setBy, Instant setAt, String reason) implements Serializable {

    public static final int MAX_REASON = 500;
    public static final int MAX_SET_BY = 200;

    /** A note for a change made now; throws {@link RuleViolationException} for missing or long texts. */
    public static OverrideNote now(String setBy, String reason) {
        List<FieldViolation> violations = new ArrayList<>();
        if (setBy == null || setBy.isBlank() || setBy.length() > MAX_SET_BY) {
            violations.add(new FieldViolation("setBy", "is required, at most " + MAX_SET_BY + " characters"));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            violations.add(new FieldViolation("reason", "is required, at most " + MAX_REASON + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new OverrideNote(setBy.strip(), Instant.now(), reason.strip());
    }
}
