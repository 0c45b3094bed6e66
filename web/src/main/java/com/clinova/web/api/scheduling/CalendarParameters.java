package com.clinova.web.api.scheduling;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.scheduling.api.AppointmentKey;
import com.clinova.scheduling.api.AppointmentStatus;
import com.clinova.scheduling.api.CalendarQuery;
import com.clinova.web.api.RequestFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The query string of a calendar, checked field by field before anything is read. */
record CalendarParameters(
        String practitionerId,
        String locationId,
        String patientId,
        String from,
        String to,
        List<String> statuses,
        String limit,
        String cursor) {

    static final int DEFAULT_LIMIT = 100;

    /** @throws RuleViolationException naming every unreadable or missing parameter */
    CalendarQuery toQuery(AppointmentCursors cursors) {
        List<FieldViolation> violations = new ArrayList<>();
        RequestFields fields = new RequestFields(violations);
        UUID practitioner = fields.id("practitionerId", practitionerId);
        UUID location = fields.id("locationId", locationId);
        UUID patient = fields.id("patientId", patientId);
        Instant start = fields.instant("from", from);
        Instant end = fields.instant("to", to);
        Set<AppointmentStatus> wanted = statuses(violations);
        int pageSize = fields.limit(limit, DEFAULT_LIMIT, CalendarQuery.MAX_LIMIT);
        try {
            Optional<AppointmentKey> after =
                    RequestFields.isBlank(cursor) ? Optional.empty() : Optional.of(cursors.decode(cursor.trim()));
            CalendarQuery query = new CalendarQuery(
                    Optional.ofNullable(practitioner),
                    Optional.ofNullable(location),
                    Optional.ofNullable(patient),
                    start,
                    end,
                    wanted,
                    pageSize,
                    after);
            if (!violations.isEmpty()) {
                throw new RuleViolationException(List.of());
            }
            return query;
        } catch (RuleViolationException e) {
            // Unreadable fields first, then every other broken rule, but no "is required" for a field that was sent.
            List<FieldViolation> all = new ArrayList<>(violations);
            e.violations().stream()
                    .filter(v -> !fields.wasUnreadable(v.field()))
                    .forEach(all::add);
            throw new RuleViolationException(all);
        }
    }

    private Set<AppointmentStatus> statuses(List<FieldViolation> violations) {
        Set<AppointmentStatus> wanted = EnumSet.noneOf(AppointmentStatus.class);
        for (String code : statuses == null ? List.<String>of() : statuses) {
            for (String one : code.split(",")) {
                if (!one.isBlank()) {
                    AppointmentStatus.ofCode(one.trim())
                            .ifPresentOrElse(
                                    wanted::add,
                                    () -> violations.add(
                                            new FieldViolation(
                                                    "status",
                                                    "must be one of held, booked, checked_in, completed, no_show, cancelled, expired")));
                }
            }
        }
        return wanted;
    }
}
