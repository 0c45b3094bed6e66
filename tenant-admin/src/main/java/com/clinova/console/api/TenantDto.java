package com.clinova.console.api;

import com.clinova.tenancy.api.TenantSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/** A clinic as the console shows it: identity, plan, status, regional settings. */
public record TenantDto(
        String id,
        String slug,
        String displayName,
        String status,
        String planCode,
        String country,
        String locale,
        String timeZone,
        String currency,
        Instant createdAt,
        String portalUrl) {

    static TenantDto of(TenantSummary t, String baseDomain, HttpServletRequest request) {
        return new TenantDto(
                t.id().toString(),
                t.slug(),
                t.displayName(),
                t.status(),
                t.planCode(),
                t.country(),
                t.locale(),
                t.timeZone(),
                t.currency(),
                t.createdAt(),
                ProvisionedClinicDto.portalUrl(t.slug() + "." + baseDomain, request));
    }
}
