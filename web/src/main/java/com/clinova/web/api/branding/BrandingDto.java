package com.clinova.web.api.branding;

import com.clinova.tenancy.api.BrandingView;
import java.util.Objects;

/**
 * A clinic's branding as the API shows it. {@code logo} is null without a logo; its {@code url}
 * carries the content hash, so a client that caches it forever still sees a new logo at once.
 */
public record BrandingDto(
        String displayName, String primaryColour, String accentColour, LogoDto logo, long version, String updatedAt) {

    /** The logo as stored: where to fetch it, its type (from its content) and its SHA-256. */
    public record LogoDto(String url, String contentType, String sha256) {}

    static BrandingDto of(BrandingView view) {
        LogoDto logo = view.hasLogo()
                ? new LogoDto(
                        "/branding/logo?v=" + view.logoSha256().substring(0, 16),
                        view.logoContentType(),
                        view.logoSha256())
                : null;
        return new BrandingDto(
                view.displayName(),
                view.primaryColour(),
                view.accentColour(),
                logo,
                view.version(),
                Objects.toString(view.updatedAt(), null));
    }
}
