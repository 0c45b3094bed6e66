package com.clinova.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A custom domain that resolves to its clinic (a row of the routing table platform.tenant_domain). */
@Entity
@Table(schema = "platform", name = "tenant_domain")
public class ActiveDomain {

    @Id
    private String domain;

    @Column(nullable = false, updatable = false)
    private UUID tenant;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected ActiveDomain() {}

    /** Only for a claim whose DNS record has just been found. */
    public static ActiveDomain verified(DomainClaim claim, Instant now) {
        ActiveDomain active = new ActiveDomain();
        active.domain = claim.domain();
        active.tenant = claim.tenant();
        active.createdAt = now.atOffset(ZoneOffset.UTC);
        return active;
    }

    public String domain() {
        return domain;
    }

    public UUID tenant() {
        return tenant;
    }

    public Instant since() {
        return createdAt.toInstant();
    }
}
