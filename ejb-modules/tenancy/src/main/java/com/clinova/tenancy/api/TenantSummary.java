package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import java.time.Instant;

/** A clinic as the console lists it: identity, plan, status and regional settings. No clinical data. */
public record TenantSummary(
        TenantId id,
        String slug,
        String displayName,
        String status,
        String planCode,
        String country,
        String locale,
        String timeZone,
        String currency,
        Instant createdAt) {}
