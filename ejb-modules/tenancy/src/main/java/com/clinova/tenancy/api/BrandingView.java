package com.clinova.tenancy.api;

import java.time.Instant;

/**
 * A clinic's branding as stored. {@code logoSha256} (null without a logo) names the logo's bytes:
 * it is the logo's strong ETag and, shortened, the version in its URL. {@code version} guards
 * changes ({@code If-Match}).
 */
public record BrandingView(
        String displayName,
        String primaryColour,
        String accentColour,
        String logoContentType,
        String logoSha256,
        long version,
        Instant updatedAt) {

    public boolean hasLogo() {
        return logoSha256 != null;
    }
}
