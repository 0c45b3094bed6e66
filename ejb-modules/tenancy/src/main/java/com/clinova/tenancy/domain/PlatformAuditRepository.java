package com.clinova.tenancy.domain;

import com.clinova.tenancy.api.PlatformAuditEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Appends to and reads the platform audit trail; there is deliberately no update or delete. */
public interface PlatformAuditRepository {

    void append(PlatformAuditEntry entry);

    List<PlatformAuditEntry> newest(Optional<UUID> tenant, int limit);
}
