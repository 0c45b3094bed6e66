package com.clinova.records.api;

import com.clinova.platform.error.RuleViolationException;
import jakarta.ejb.Local;
import java.util.Optional;
import java.util.UUID;

/**
 * Opening and finding the encounters of the bound clinic. Practitioners open encounters; they and
 * clinic admins read them; other roles are refused.
 */
@Local
public interface EncounterService {

    /**
     * Opens the encounter of an appointment, on the appointment's patient and practitioner, as
     * the calling practitioner.
     *
     * @throws RuleViolationException when the appointment is not one of this clinic
     * @throws AppointmentNotStartedException unless the appointment is checked in or completed
     * @throws EncounterExistsException when the appointment has its encounter already
     */
    EncounterView open(UUID appointmentId);

    Optional<EncounterView> find(EncounterId id);

    Optional<EncounterView> ofAppointment(UUID appointmentId);

    /** A patient's encounters, newest first. */
    EncounterPage ofPatient(EncounterQuery query);
}
