package com.clinova.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinova.platform.tenant.TenantId;
import com.clinova.records.api.AppointmentNotStartedException;
import com.clinova.records.api.EncounterView;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EncounterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00.000000999Z");
    private final TenantId clinic = new TenantId(UUID.randomUUID());
    private final Clinician clinician = new Clinician(UUID.randomUUID(), "Dra. Elena Vidal");

    @ParameterizedTest
    @EnumSource(
            value = VisitState.class,
            names = {"CHECKED_IN", "COMPLETED"})
    void opensOnTheAppointmentsPatientAndPractitionerOnceThePatientIsThere(VisitState state) {
        AppointmentFacts appointment = appointment(state);

        EncounterView view = Encounter.open(clinic, appointment, clinician, NOW).view();

        assertEquals(appointment.appointmentId(), view.appointmentId());
        assertEquals(appointment.patientId(), view.patientId());
        assertEquals(appointment.practitionerId(), view.practitionerId());
        assertEquals(clinician.userId(), view.openedBy());
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), view.openedAt());
    }

    @ParameterizedTest
    @EnumSource(
            value = VisitState.class,
            names = {"NOT_ARRIVED", "DID_NOT_HAPPEN"})
    void refusesAVisitThatHasNotStarted(VisitState state) {
        assertThrows(
                AppointmentNotStartedException.class, () -> Encounter.open(clinic, appointment(state), clinician, NOW));
    }

    @Test
    void everyEncounterHasItsOwnId() {
        AppointmentFacts appointment = appointment(VisitState.CHECKED_IN);
        assertEquals(
                false,
                Encounter.open(clinic, appointment, clinician, NOW)
                        .id()
                        .equals(Encounter.open(clinic, appointment, clinician, NOW)
                                .id()));
    }

    private static AppointmentFacts appointment(VisitState state) {
        return new AppointmentFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), state);
    }
}
