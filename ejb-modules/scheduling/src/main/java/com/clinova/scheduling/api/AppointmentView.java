package com.clinova.scheduling.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An appointment as read. {@code actions} are the changes the reading staff member may make now
 * (by role, ownership, status and time), so a page shows only buttons that will work. {@code
 * roomId}, {@code holdExpiresAt}, {@code cancelReason}, {@code notes} and {@code bookedBy} may be
 * null.
 */
public record AppointmentView(
        AppointmentId id,
        UUID patientId,
        UUID practitionerId,
        UUID locationId,
        UUID roomId,
        UUID serviceId,
        Instant start,
        Instant end,
        AppointmentStatus status,
        Instant holdExpiresAt,
        String cancelReason,
        String notes,
        UUID bookedBy,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Set<AppointmentAction> actions)
        implements Serializable {

    public AppointmentView {
        actions = Set.copyOf(actions);
    }

    public boolean allows(AppointmentAction action) {
        return actions.contains(action);
    }
}
