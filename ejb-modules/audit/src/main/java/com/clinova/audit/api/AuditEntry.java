package com.clinova.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded access as stored: its place in the clinic's chain, when (UTC), who (the staff
 * account, its username and roles), what (action, object), which patients, from where and in
 * which request.
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        Optional<UUID> actorId,
        String actorUsername,
        List<String> actorRoles,
        AuditAction action,
        String objectType,
        Optional<UUID> objectId,
        List<UUID> patientIds,
        Optional<String> clientAddress,
        Optional<String> requestId) {

    public AuditEntry {
        actorRoles = List.copyOf(actorRoles);
        patientIds = List.copyOf(patientIds);
    }
}
