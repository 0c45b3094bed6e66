package com.clinova.audit.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.text.PlainText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Which rows of the trail a clinic administrator asks about; every given criterion must match.
 * {@code patientId} finds every access that touched or returned that patient (searches too),
 * {@code actor} is a staff member's username (case ignored), {@code from} is inclusive and {@code
 * to} exclusive.
 */
public record AuditFilter(
        Optional<UUID> patientId,
        Optional<String> actor,
        Optional<AuditAction> action,
        Optional<Instant> from,
        Optional<Instant> to) {

    static final int ACTOR_MAX = 200;

    /** @throws RuleViolationException naming every criterion that can match nothing sensible */
    public AuditFilter {
        actor = actor.map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty());
        List<FieldViolation> violations = new ArrayList<>();
        if (actor.isPresent()
                && (!PlainText.isSingleLine(actor.get()) || actor.get().length() > ACTOR_MAX)) {
            violations.add(new FieldViolation("actor", "must be a username of at most " + ACTOR_MAX + " characters"));
        }
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            violations.add(new FieldViolation("to", "must be later than from"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    public static AuditFilter everything() {
        return new AuditFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
