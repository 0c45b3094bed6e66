package com.clinova.web.api.audit;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditFilter;
import com.clinova.audit.api.AuditQuery;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.web.api.RequestFields;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The query string of a trail query or export, checked field by field; every bad field is named at once. */
record AuditSearchParameters(
        String patientId, String actor, String action, String from, String to, String limit, String cursor) {

    static final int DEFAULT_LIMIT = 50;
    private static final String ACTIONS =
            Arrays.stream(AuditAction.values()).map(AuditAction::code).collect(Collectors.joining(", "));

    AuditFilter toFilter() {
        RequestFields fields = new RequestFields();
        AuditFilter filter = filter(fields);
        fields.throwIfAny();
        return filter;
    }

    AuditQuery toQuery(AuditCursors cursors) {
        RequestFields fields = new RequestFields();
        int pageSize = fields.limit(limit, DEFAULT_LIMIT, AuditQuery.MAX_LIMIT);
        AuditFilter filter = filter(fields);
        fields.throwIfAny();
        return new AuditQuery(filter, pageSize, present(cursor).map(cursors::decode));
    }

    /** The filter of the readable fields; the unreadable ones and the filter's own complaints go to {@code fields}. */
    private AuditFilter filter(RequestFields fields) {
        Optional<UUID> patient = Optional.ofNullable(fields.id("patientId", patientId));
        Optional<AuditAction> parsedAction = present(action).flatMap(a -> {
            Optional<AuditAction> known = AuditAction.ofCode(a);
            if (known.isEmpty()) {
                fields.add("action", "must be one of " + ACTIONS);
            }
            return known;
        });
        Optional<Instant> start = Optional.ofNullable(fields.instant("from", from));
        Optional<Instant> end = Optional.ofNullable(fields.instant("to", to));
        try {
            return new AuditFilter(patient, present(actor), parsedAction, start, end);
        } catch (RuleViolationException e) {
            fields.addAll(e.violations());
            return AuditFilter.everything();
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
