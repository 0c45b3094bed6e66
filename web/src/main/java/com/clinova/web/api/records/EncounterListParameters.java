package com.clinova.web.api.records;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.records.api.EncounterQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The query string of an encounter list: a patient's history ({@code patientId}, paged) or the
 * encounter of one appointment ({@code appointmentId}) — exactly one of the two.
 */
record EncounterListParameters(String patientId, String appointmentId, String limit, String cursor) {

    static final int DEFAULT_LIMIT = 20;

    /** The appointment asked about, when the list is by appointment. */
    Optional<UUID> appointment() {
        List<FieldViolation> violations = new ArrayList<>();
        checkOneCriterion(violations);
        Optional<UUID> appointment = id("appointmentId", appointmentId, violations);
        throwIfAny(violations);
        return appointment;
    }

    EncounterQuery toQuery(EncounterCursors cursors) {
        List<FieldViolation> violations = new ArrayList<>();
        UUID patient = id("patientId", patientId, violations).orElse(null);
        int pageSize = parseLimit(violations);
        throwIfAny(violations);
        return new EncounterQuery(patient, pageSize, present(cursor).map(c -> cursors.decode(patient, c)));
    }

    private void checkOneCriterion(List<FieldViolation> violations) {
        boolean byPatient = present(patientId).isPresent();
        boolean byAppointment = present(appointmentId).isPresent();
        if (byPatient == byAppointment) {
            violations.add(new FieldViolation("patientId", "give either patientId or appointmentId"));
        } else if (byAppointment
                && (present(limit).isPresent() || present(cursor).isPresent())) {
            violations.add(new FieldViolation("appointmentId", "has one encounter at most: no limit or cursor"));
        }
    }

    private static Optional<UUID> id(String name, String value, List<FieldViolation> violations) {
        Optional<String> given = present(value);
        try {
            return given.map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(name, "must be an id (UUID)"));
            return Optional.empty();
        }
    }

    private int parseLimit(List<FieldViolation> violations) {
        if (present(limit).isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= EncounterQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new FieldViolation("limit", "must be a whole number from 1 to " + EncounterQuery.MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    private static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
