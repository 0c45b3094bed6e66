package com.clinova.web.api.scheduling;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.scheduling.api.AppointmentService;
import com.clinova.scheduling.api.BookingRequest;
import com.clinova.web.api.RequestFields;
import java.util.ArrayList;
import java.util.List;

/**
 * A booking as clients send it. Ids and the start arrive as strings so a bad one becomes a named
 * field error instead of an unreadable body; {@code hold} (default false) only holds the time for
 * a few minutes until confirmed.
 */
public record BookingInput(
        String patientId,
        String serviceId,
        String practitionerId,
        String locationId,
        String roomId,
        String start,
        String notes,
        Boolean hold) {

    /**
     * @throws RuleViolationException naming every unreadable field and, with them, every rule the
     *     readable rest breaks (asked of {@code appointments}), so clients fix everything in one go
     */
    BookingRequest toRequest(AppointmentService appointments) {
        List<FieldViolation> violations = new ArrayList<>();
        RequestFields fields = new RequestFields(violations);
        BookingRequest request = new BookingRequest(
                fields.id("patientId", patientId),
                fields.id("serviceId", serviceId),
                fields.id("practitionerId", practitionerId),
                fields.id("locationId", locationId),
                fields.id("roomId", roomId),
                fields.instant("start", start),
                notes,
                Boolean.TRUE.equals(hold));
        if (!violations.isEmpty()) {
            // An unreadable field was sent, so "is required" for it would only confuse.
            appointments.violationsOf(request).stream()
                    .filter(v -> !fields.wasUnreadable(v.field()))
                    .forEach(violations::add);
            throw new RuleViolationException(violations);
        }
        return request;
    }
}
