package com.clinova.web.api.audit;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditFilter;
import com.clinova.audit.api.AuditQuery;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The query string of a trail query or export, checked field by field; every bad field is named at once. */
record AuditSearchParameters(
        String patientId, String actor, String action, String from, String to, String limit, String cursor) {

    static final int DEFAULT_LIMIT = 50;
    private static final String ACTIONS =
            Arrays.stream(AuditAction.values()).map(AuditAction::code).collect(Collectors.joining(", "));

    AuditFilter toFilter() {
        List<FieldViolation> violations = new ArrayList<>();
        AuditFilter filter = filter(violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return filter;
    }

    AuditQuery toQuery(AuditCursors cursors) {
        List<FieldViolation> violations = new ArrayList<>();
        int pageSize = parseLimit(violations);
        AuditFilter filter = filter(violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new AuditQuery(filter, pageSize, present(cursor).map(cursors::decode));
    }

    /** The filter of the readable fields; the unreadable ones and the filter's own complaints go to {@code violations}. */
    private AuditFilter filter(List<FieldViolation> violations) {
        Optional<UUID> patient = parse("patientId", patientId, UUID::fromString, "must be a patient id", violations);
        Optional<AuditAction> parsedAction = present(action).flatMap(a -> {
            Optional<AuditAction> known = AuditAction.ofCode(a);
            if (known.isEmpty()) {
                violations.add(new FieldViolation("action", "must be one of " + ACTIONS));
            }
            return known;
        });
        Optional<Instant> start = parse("from", from, AuditSearchParameters::instant, DATE_TIME, violations);
        Optional<Instant> end = parse("to", to, AuditSearchParameters::instant, DATE_TIME, violations);
        try {
            return new AuditFilter(patient, present(actor), parsedAction, start, end);
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
            return AuditFilter.everything();
        }
    }

    private static final String DATE_TIME = "must be a date-time with offset, such as 2026-11-23T09:00:00Z";

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static <T> Optional<T> parse(
            String field, String value, Function<String, T> parser, String message, List<FieldViolation> violations) {
        try {
            return present(value).map(parser);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(new FieldViolation(field, message));
            return Optional.empty();
        }
    }

    private int parseLimit(List<FieldViolation> violations) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= AuditQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new FieldViolation("limit", "must be a whole number from 1 to " + AuditQuery.MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
