package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A clinic onboarding created (or, for a retried request, had created before): where its portal
 * is, who its first administrator is, and the steps it went through. {@code replayed} is true
 * when the answer comes from an earlier request with the same idempotency key.
 */
public record ProvisionedClinic(
        TenantId id,
        String slug,
        String clinicName,
        String portalHost,
        String adminUsername,
        String planCode,
        Instant createdAt,
        List<String> steps,
        boolean replayed)
        implements Serializable {

    public ProvisionedClinic {
        steps = List.copyOf(steps);
    }

    public ProvisionedClinic asReplay() {
        return new ProvisionedClinic(id, slug, clinicName, portalHost, adminUsername, planCode, createdAt, steps, true);
    }
}
