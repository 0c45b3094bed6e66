package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import java.io.Serializable;

/**
 * What the portal needs to know about a clinic to serve it: identity, branding and defaults.
 * {@code accentColour} is null when the clinic chose none; {@code logoVersion} (a prefix of the
 * logo's content hash, null without a logo) goes into the logo's URL so a new logo shows at once.
 */
public record TenantProfile(
        TenantId id,
        String slug,
        String displayName,
        String locale,
        String timeZone,
        String currency,
        String primaryColour,
        boolean hasLogo,
        boolean active,
        String accentColour,
        String logoVersion)
        implements Serializable {}
