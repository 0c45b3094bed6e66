package com.clinova.records.domain;

import com.clinova.platform.tenant.TenantId;
import com.clinova.records.api.AppointmentNotStartedException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.EncounterView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The clinical side of one appointment: the visit notes and files are written in.
 *
 * <p>Invariants: an encounter is opened only for an appointment whose patient has checked in (or
 * whose visit is completed), on that appointment's patient and practitioner, and never changes
 * afterwards. There is one per appointment (the database's unique key decides a race).
 */
@Entity
@Table(schema = "clinic", name = "encounter")
public class Encounter {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private UUID appointmentId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "practitioner_id", nullable = false, updatable = false)
    private UUID practitionerId;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private UUID openedBy;

    /** OffsetDateTime because JPA 3.1 has no Instant mapping; always UTC. */
    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    protected Encounter() {}

    /** @throws AppointmentNotStartedException unless the patient is there (or was) */
    public static Encounter open(TenantId clinic, AppointmentFacts appointment, Clinician by, Instant now) {
        if (!appointment.state().allowsEncounter()) {
            throw new AppointmentNotStartedException();
        }
        Encounter encounter = new Encounter();
        encounter.id = UUID.randomUUID();
        encounter.tenantId = clinic.value();
        encounter.appointmentId = appointment.appointmentId();
        encounter.patientId = appointment.patientId();
        encounter.practitionerId = appointment.practitionerId();
        encounter.openedBy = by.userId();
        // The database keeps microseconds: what is returned now must equal what is read later.
        encounter.openedAt = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return encounter;
    }

    public EncounterId id() {
        return new EncounterId(id);
    }

    public UUID patientId() {
        return patientId;
    }

    public EncounterView view() {
        return new EncounterView(
                new EncounterId(id), appointmentId, patientId, practitionerId, openedBy, openedAt.toInstant());
    }
}
