package com.clinova.audit.domain;

/** The trail of the clinic bound to the current transaction (row-level security applies). */
public interface AuditEventRepository {

    /**
     * Writes the event now, inside the current transaction; the database numbers and seals it and
     * holds the clinic's chain lock until the transaction ends.
     */
    void append(AuditEvent event);
}
