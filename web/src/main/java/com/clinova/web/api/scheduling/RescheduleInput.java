package com.clinova.web.api.scheduling;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.scheduling.api.Rescheduling;
import com.clinova.web.api.RequestFields;
import java.util.ArrayList;
import java.util.List;

/** Where to move an appointment: a new {@code start} and, optionally, another practitioner, location or room. */
public record RescheduleInput(String start, String practitionerId, String locationId, String roomId) {

    /** @throws RuleViolationException naming every unreadable field */
    Rescheduling toRescheduling() {
        List<FieldViolation> violations = new ArrayList<>();
        RequestFields fields = new RequestFields(violations);
        Rescheduling to = new Rescheduling(
                fields.instant("start", start),
                fields.id("practitionerId", practitionerId),
                fields.id("locationId", locationId),
                fields.id("roomId", roomId));
        if (RequestFields.isBlank(start)) {
            violations.add(0, new FieldViolation("start", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return to;
    }
}
