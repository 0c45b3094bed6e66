package com.clinova.tenancy.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One recorded control-plane action. {@code tenant} is null for actions on no clinic. */
public record PlatformAuditEntry(
        UUID id,
        Instant occurredAt,
        String actorKind,
        String actor,
        String action,
        UUID tenant,
        String clientAddress,
        String requestId,
        Map<String, String> detail) {

    public PlatformAuditEntry {
        detail = Map.copyOf(detail);
    }
}
