package com.clinova.tenancy.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A clinic's branding and regional defaults. The logo bytes load only when asked for. Clinic
 * admins change the branding (name, colours, logo); the regional defaults are the operator's and
 * are never written from here (the application role has no grant on them either). The logo's
 * hash is the database's own (a trigger recomputes it from the bytes).
 */
@Entity
@Table(schema = "platform", name = "tenant_setting")
public class TenantSettings {

    @Id
    @Column(name = "tenant")
    private UUID tenant;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false, updatable = false)
    private String locale;

    @Column(name = "time_zone", nullable = false, updatable = false)
    private String timeZone;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "primary_colour", nullable = false)
    private String primaryColour;

    @Column(name = "accent_colour")
    private String accentColour;

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Column(name = "logo_sha256", insertable = false, updatable = false)
    private String logoSha256;

    @Version
    private long version;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt; // JPA 3.1 has no Instant mapping

    protected TenantSettings() {}

    /** The admin's choice of name and colours; the caller has checked them ({@link ColourContrast}). */
    public void rebrand(String displayName, String primaryColour, String accentColour, Instant now) {
        this.displayName = displayName.strip();
        this.primaryColour = primaryColour.toLowerCase(java.util.Locale.ROOT);
        this.accentColour = accentColour == null ? null : accentColour.toLowerCase(java.util.Locale.ROOT);
        touch(now);
    }

    public void replaceLogo(LogoImage image, Instant now) {
        this.logo = image.bytes();
        this.logoContentType = image.contentType();
        touch(now);
    }

    public void removeLogo(Instant now) {
        this.logo = null;
        this.logoContentType = null;
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = now.atOffset(java.time.ZoneOffset.UTC);
    }

    public String accentColour() {
        return accentColour;
    }

    public String logoSha256() {
        return logoSha256;
    }

    public long version() {
        return version;
    }

    public String displayName() {
        return displayName;
    }

    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    public String currency() {
        return currency;
    }

    public String primaryColour() {
        return primaryColour;
    }

    public boolean hasLogo() {
        return logoContentType != null;
    }

    public String logoContentType() {
        return logoContentType;
    }

    public byte[] logo() {
        return logo;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
