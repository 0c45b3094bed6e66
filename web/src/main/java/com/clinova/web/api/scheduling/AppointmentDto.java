package com.clinova.web.api.scheduling;

import com.clinova.scheduling.api.AppointmentAction;
import com.clinova.scheduling.api.AppointmentView;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An appointment as the API shows it; times are UTC instants. {@code actions} are the state
 * changes the caller may make now ({@code check_in}, {@code confirm}, ...; alphabetical). {@code version} is also
 * the ETag.
 */
public record AppointmentDto(
        String id,
        String patientId,
        String practitionerId,
        String locationId,
        String roomId,
        String serviceId,
        String start,
        String end,
        String status,
        String holdExpiresAt,
        String cancelReason,
        String notes,
        String bookedBy,
        long version,
        String createdAt,
        String updatedAt,
        List<String> actions) {

    static AppointmentDto of(AppointmentView view) {
        return new AppointmentDto(
                view.id().toString(),
                text(view.patientId()),
                text(view.practitionerId()),
                text(view.locationId()),
                text(view.roomId()),
                text(view.serviceId()),
                text(view.start()),
                text(view.end()),
                view.status().code(),
                text(view.holdExpiresAt()),
                view.cancelReason(),
                view.notes(),
                text(view.bookedBy()),
                view.version(),
                text(view.createdAt()),
                text(view.updatedAt()),
                view.actions().stream().map(AppointmentAction::code).sorted().toList());
    }

    private static String text(UUID id) {
        return Objects.toString(id, null);
    }

    private static String text(Instant instant) {
        return Objects.toString(instant, null);
    }
}
