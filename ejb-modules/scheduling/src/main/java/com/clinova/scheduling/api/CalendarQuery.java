package com.clinova.scheduling.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The appointments of a practitioner, a location and/or a patient (at least one) that overlap
 * [{@code from}, {@code to}), in calendar order, {@code limit} at a time after {@code after}; only
 * those with one of {@code statuses} (every status when empty). The range is bounded so a calendar
 * can never ask for a clinic's whole history at once.
 */
public record CalendarQuery(
        Optional<UUID> practitionerId,
        Optional<UUID> locationId,
        Optional<UUID> patientId,
        Instant from,
        Instant to,
        Set<AppointmentStatus> statuses,
        int limit,
        Optional<AppointmentKey> after) {

    public static final int MAX_LIMIT = 200;
    public static final Duration MAX_RANGE = Duration.ofDays(31);

    /** @throws RuleViolationException naming every broken rule of the query */
    public CalendarQuery {
        statuses = Set.copyOf(statuses);
        List<FieldViolation> violations = new ArrayList<>();
        if (practitionerId.isEmpty() && locationId.isEmpty() && patientId.isEmpty()) {
            violations.add(new FieldViolation("practitionerId", "give a practitionerId, locationId or patientId"));
        }
        if (from == null) {
            violations.add(new FieldViolation("from", "is required"));
        }
        if (to == null) {
            violations.add(new FieldViolation("to", "is required"));
        }
        if (from != null
                && to != null
                && (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_RANGE) > 0)) {
            violations.add(new FieldViolation("to", "must be after from and at most 31 days later"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
