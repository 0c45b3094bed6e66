package com.clinova.scheduling.infrastructure;

import com.clinova.scheduling.api.AppointmentConflictException;
import com.clinova.scheduling.api.AppointmentConflictException.Resource;
import com.clinova.scheduling.domain.Appointment;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells which resource an exclusion violation is about. PostgreSQL names the violated constraint
 * in the error message (quoted, whatever the server's message language), and each of the three
 * no-overlap constraints of clinic.appointment guards one resource.
 */
final class TakenResource {

    static final String EXCLUSION_VIOLATION = "23P01";

    private static final Map<String, Resource> CONSTRAINTS = Map.of(
            "\"appointment_practitioner_no_overlap\"", Resource.PRACTITIONER,
            "\"appointment_room_no_overlap\"", Resource.ROOM,
            "\"appointment_patient_no_overlap\"", Resource.PATIENT);

    private TakenResource() {}

    /** The conflict {@code failure} reports for {@code appointment}, if it is an exclusion violation. */
    static Optional<AppointmentConflictException> of(Throwable failure, Appointment appointment) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return resourceNamedIn(String.valueOf(sql.getMessage()))
                        .map(r -> new AppointmentConflictException(r, idOf(r, appointment)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Resource> resourceNamedIn(String message) {
        return CONSTRAINTS.entrySet().stream()
                .filter(e -> message.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static UUID idOf(Resource resource, Appointment appointment) {
        return switch (resource) {
            case PRACTITIONER -> appointment.practitionerId();
            case ROOM -> appointment.roomId();
            case PATIENT -> appointment.patientId();
        };
    }
}
