package com.clinova.patients.domain;

import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Patients of the clinic bound to the current transaction. */
public interface PatientRepository {

    Optional<Patient> find(PatientId id);

    /** The patients with these ids that exist; in no particular order. */
    List<Patient> findAll(Collection<PatientId> ids);

    /** Stores a new patient now, so a duplicate national id fails inside this call. */
    void add(Patient patient);

    /** The clinic's registered patients (the plan's active-patients quota counts these). */
    long count();

    /**
     * {@link #count()} after taking the clinic's patient-quota lock, held until the transaction
     * ends, so concurrent registrations cannot race past the plan's limit.
     */
    long countExclusively();

    /** Flushes changes of a loaded patient, surfacing conflicts inside this call. */
    void save(Patient patient);

    /** Up to {@code query.limit() + 1} patients in name order, so callers can tell if more follow. */
    List<Patient> search(PatientQuery query);
}
