package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.ScheduleExceptionDetails;
import com.clinova.practice.api.ScheduleExceptionService;
import com.clinova.practice.api.ScheduleExceptionView.Kind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An exception as clients send it. {@code start} and {@code end} are wall-clock times in the
 * location's zone (closure) or the clinic's (holiday, absence): a date ({@code 2026-12-24})
 * means whole days, with {@code end} the last day included; a date-time
 * ({@code 2026-12-24T14:00}) is exact, with {@code end} excluded.
 */
public record ScheduleExceptionInput(
        String kind, String practitionerId, String locationId, String start, String end, String reason) {

    /**
     * @throws RuleViolationException naming every unreadable field and, with them, every rule the
     *     readable rest breaks (asked of {@code exceptions})
     */
    ScheduleExceptionDetails details(ScheduleExceptionService exceptions) {
        List<FieldViolation> violations = new ArrayList<>();
        Kind parsedKind = kind(violations);
        UUID practitioner = Ids.ofField("practitionerId", practitionerId, violations);
        UUID location = Ids.ofField("locationId", locationId, violations);
        LocalDateTime from = moment("start", start, false, violations);
        LocalDateTime to = moment("end", end, true, violations);
        ScheduleExceptionDetails details =
                new ScheduleExceptionDetails(parsedKind, practitioner, location, from, to, reason);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(Violations.merge(violations, exceptions.violationsOf(details)));
        }
        return details;
    }

    private Kind kind(List<FieldViolation> violations) {
        if (kind == null || kind.isBlank()) {
            return null; // the domain reports it as required, with the other rules
        }
        try {
            return Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("kind", "must be one of holiday, closure, absence"));
            return null;
        }
    }

    private static LocalDateTime moment(String field, String text, boolean isEnd, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (isEnd ? day.plusDays(1) : day).atStartOfDay();
            }
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:mm)"));
            return null;
        }
    }
}
