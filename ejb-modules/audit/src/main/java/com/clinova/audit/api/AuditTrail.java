package com.clinova.audit.api;

import jakarta.ejb.Local;

/**
 * Records accesses to patient data in the clinic's trail. Every use case that reads or writes
 * patient data calls {@link #record} in its own transaction, so REST, portal and any other way
 * in are covered alike.
 */
@Local
public interface AuditTrail {

    /**
     * Appends one access by the calling staff member (name and roles as the container knows
     * them) of the bound clinic, with the current request's id and client address.
     *
     * <p>Must run inside the transaction that accessed the data (it refuses to run without one):
     * the data change and its audit row commit or roll back together, and a failure to record
     * fails the use case. The row is written at once and locks the clinic's chain head until the
     * transaction ends, so call it as the <b>last</b> step of the use case, after every other
     * statement: every other request of the clinic that records an access waits for that lock.
     */
    void record(PatientDataAccess access);

    /**
     * False only while the benchmark-only switch {@code clinova.audit.enabled} is off, when {@link
     * #record} records nothing; readiness reports such a node as not ready.
     */
    boolean isRecording();
}
