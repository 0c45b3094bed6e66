package com.clinova.scheduling.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Free slots for {@code serviceId} on the days {@code from} to {@code to} (inclusive, each a
 * calendar day in the zone of the location concerned), optionally only with one practitioner or
 * at one location; the earliest {@code limit} slots.
 */
public record AvailabilityQuery(
        UUID serviceId,
        Optional<UUID> practitionerId,
        Optional<UUID> locationId,
        LocalDate from,
        LocalDate to,
        int limit) {

    public static final int MAX_DAYS = 31;
    public static final int MAX_LIMIT = 500;

    /** @throws RuleViolationException naming every broken rule of the query */
    public AvailabilityQuery {
        List<FieldViolation> violations = new ArrayList<>();
        if (serviceId == null) {
            violations.add(new FieldViolation("serviceId", "is required"));
        }
        if (from == null) {
            violations.add(new FieldViolation("from", "is required"));
        }
        if (from != null && to != null && (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS)) {
            violations.add(
                    new FieldViolation("to", "must be from the day of from up to " + (MAX_DAYS - 1) + " days later"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (to == null) {
            to = from;
        }
    }
}
