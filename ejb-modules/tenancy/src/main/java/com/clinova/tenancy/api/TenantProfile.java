package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import java.io.Serializable;

/** What the portal needs to know about a clinic to serve it: identity, branding and defaults. */
public record TenantProfile(
        TenantId id,
        String slug,
        String displayName,
        String locale,
        String timeZone,
        String currency,
        String primaryColour,
        boolean hasLogo,
        boolean active)
        implements Serializable {}
