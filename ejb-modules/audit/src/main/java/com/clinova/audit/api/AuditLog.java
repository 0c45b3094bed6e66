package com.clinova.audit.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The clinic administrators' questions about the bound clinic's trail. Only {@code clinic-admin}
 * may ask them.
 *
 * <p>Reading the trail is itself recorded, because the trail says who cared for which patient:
 * every {@link #find} is a {@code search} of {@code audit_trail} naming the patient it was
 * filtered by, and every export an {@code export} of {@code audit_trail}. Verification reads only
 * hashes and counts, no data about patients, and is not recorded.
 */
@Local
public interface AuditLog {

    /** One page of matching accesses, newest first. */
    AuditPage find(AuditQuery query);

    /** Records the export and fixes its extent; continue with {@link #exportBatch}. */
    AuditExport beginExport(AuditFilter filter);

    /**
     * Up to {@code size} rows of {@code export} with a sequence number above {@code after}, oldest
     * first; an empty list ends the export. Each batch is a short transaction of its own, so an
     * export of any length holds neither a transaction nor its whole result in memory.
     */
    List<AuditEntry> exportBatch(AuditExport export, long after, int size);

    /** Walks the whole chain of the bound clinic. */
    ChainVerification verify();

    /** The usernames that appear in the trail, in order: the staff members one can filter by. */
    List<String> actors();
}
