package com.clinova.records.domain;

import com.clinova.records.api.EncounterExistsException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.EncounterQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Encounters of the clinic bound to the current transaction. */
public interface EncounterRepository {

    Optional<Encounter> find(EncounterId id);

    /**
     * Finds the encounter and locks it until the transaction ends, so that adding to it (with its
     * limits counted) is serialised per encounter.
     */
    Optional<Encounter> findForAdding(EncounterId id);

    Optional<Encounter> ofAppointment(UUID appointmentId);

    /**
     * Stores a new encounter now.
     *
     * @throws EncounterExistsException when a concurrent request opened the appointment's first
     */
    void add(Encounter encounter);

    /** Up to {@code query.limit() + 1} encounters, newest first, so callers can tell if more follow. */
    List<Encounter> ofPatient(EncounterQuery query);
}
