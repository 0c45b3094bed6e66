package com.clinova.web.api.scheduling;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.scheduling.api.AvailabilityQuery;
import com.clinova.web.api.RequestFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The query string of a free-slot search, checked field by field before anything is read. */
record AvailabilityParameters(
        String serviceId, String practitionerId, String locationId, String from, String to, String limit) {

    static final int DEFAULT_LIMIT = 100;

    /** @throws RuleViolationException naming every unreadable or missing parameter */
    AvailabilityQuery toQuery() {
        List<FieldViolation> violations = new ArrayList<>();
        RequestFields fields = new RequestFields(violations);
        UUID service = fields.id("serviceId", serviceId);
        UUID practitioner = fields.id("practitionerId", practitionerId);
        UUID location = fields.id("locationId", locationId);
        LocalDate first = fields.date("from", from);
        LocalDate last = fields.date("to", to);
        int pageSize = fields.limit(limit, DEFAULT_LIMIT, AvailabilityQuery.MAX_LIMIT);
        try {
            AvailabilityQuery query = new AvailabilityQuery(
                    service, Optional.ofNullable(practitioner), Optional.ofNullable(location), first, last, pageSize);
            if (!violations.isEmpty()) {
                throw new RuleViolationException(List.of());
            }
            return query;
        } catch (RuleViolationException e) {
            List<FieldViolation> all = new ArrayList<>(violations);
            e.violations().stream()
                    .filter(v -> !fields.wasUnreadable(v.field()))
                    .forEach(all::add);
            throw new RuleViolationException(all);
        }
    }
}
