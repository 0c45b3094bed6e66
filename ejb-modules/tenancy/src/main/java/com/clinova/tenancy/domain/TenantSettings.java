package com.clinova.tenancy.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A clinic's branding and regional defaults. The logo bytes load only when asked for. */
@Entity
@Table(schema = "platform", name = "tenant_setting")
public class TenantSettings {

    @Id
    @Column(name = "tenant")
    private UUID tenant;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String locale;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String currency;

    @Column(name = "primary_colour", nullable = false)
    private String primaryColour;

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt; // JPA 3.1 has no Instant mapping

    protected TenantSettings() {}

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
