package com.clinova.web.api.audit;

import com.clinova.audit.api.AuditEntry;
import java.util.List;
import java.util.UUID;

/** One recorded access as the API shows it; absent facts are null. */
public record AuditEntryDto(
        long sequence,
        String occurredAt,
        String actorId,
        String actorUsername,
        List<String> actorRoles,
        String action,
        String objectType,
        String objectId,
        List<String> patientIds,
        String clientAddress,
        String requestId) {

    static AuditEntryDto of(AuditEntry entry) {
        return new AuditEntryDto(
                entry.sequence(),
                entry.occurredAt().toString(),
                entry.actorId().map(UUID::toString).orElse(null),
                entry.actorUsername(),
                entry.actorRoles(),
                entry.action().code(),
                entry.objectType(),
                entry.objectId().map(UUID::toString).orElse(null),
                entry.patientIds().stream().map(UUID::toString).toList(),
                entry.clientAddress().orElse(null),
                entry.requestId().orElse(null));
    }
}
