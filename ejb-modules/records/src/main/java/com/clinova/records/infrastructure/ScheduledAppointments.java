package com.clinova.records.infrastructure;

import com.clinova.records.domain.AppointmentFacts;
import com.clinova.records.domain.Appointments;
import com.clinova.records.domain.VisitState;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.AppointmentReference;
import com.clinova.scheduling.api.AppointmentService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Appointments as the scheduling context tells them, through its api only. The reference it
 * answers is not audited there: opening an encounter records its own access.
 */
@ApplicationScoped
public class ScheduledAppointments implements Appointments {

    @EJB
    AppointmentService appointments;

    @Override
    public Optional<AppointmentFacts> find(UUID appointmentId) {
        return appointments.reference(new AppointmentId(appointmentId)).map(ScheduledAppointments::facts);
    }

    private static AppointmentFacts facts(AppointmentReference appointment) {
        return new AppointmentFacts(
                appointment.id().value(), appointment.patientId(), appointment.practitionerId(), stateOf(appointment));
    }

    /** Scheduling's life cycle, as far as a clinical record is concerned. */
    static VisitState stateOf(AppointmentReference appointment) {
        return switch (appointment.status()) {
            case HELD, BOOKED -> VisitState.NOT_ARRIVED;
            case CHECKED_IN -> VisitState.CHECKED_IN;
            case COMPLETED -> VisitState.COMPLETED;
            case NO_SHOW, CANCELLED, EXPIRED -> VisitState.DID_NOT_HAPPEN;
        };
    }
}
