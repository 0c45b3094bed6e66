package com.clinova.audit.domain;

import com.clinova.audit.api.AuditEntry;
import com.clinova.audit.api.AuditFilter;
import com.clinova.audit.api.AuditQuery;
import com.clinova.audit.api.ChainVerification;
import java.util.List;

/** The trail of the clinic bound to the current transaction (row-level security applies). */
public interface AuditEventRepository {

    /**
     * Writes the event now, inside the current transaction; the database numbers and seals it and
     * holds the clinic's chain lock until the transaction ends.
     */
    void append(AuditEvent event);

    /** Up to {@code query.limit() + 1} matching rows, newest first, so callers can tell if more follow. */
    List<AuditEntry> find(AuditQuery query);

    /** Up to {@code size} matching rows with {@code after < sequence <= upTo}, oldest first. */
    List<AuditEntry> range(AuditFilter filter, long after, long upTo, int size);

    /** The sequence number of the newest row (0 for an empty trail). */
    long lastSequence();

    ChainVerification verify();

    List<String> actors();
}
