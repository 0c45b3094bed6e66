package com.clinova.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

/**
 * A clinic's pending claim of a custom domain and the secret token that proves control of it once
 * published in DNS. It is deleted when the domain becomes active (or is removed).
 */
@Entity
@Table(schema = "platform", name = "domain_claim")
public class DomainClaim {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private UUID tenant;

    @Column(nullable = false, updatable = false)
    private String domain;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;

    @Column
    private String failure;

    protected DomainClaim() {}

    public static DomainClaim of(UUID tenant, DomainName domain, Instant now) {
        DomainClaim claim = new DomainClaim();
        claim.id = UUID.randomUUID();
        claim.tenant = tenant;
        claim.domain = domain.value();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        claim.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        claim.createdAt = now.atOffset(ZoneOffset.UTC);
        return claim;
    }

    /** The TXT record's expected text. */
    public String recordValue() {
        return "clinova-verification=" + token;
    }

    public String recordName() {
        return new DomainName(domain).challengeRecord();
    }

    public void checked(Instant at, String failure) {
        this.checkedAt = at.atOffset(ZoneOffset.UTC);
        this.failure = failure;
    }

    public String domain() {
        return domain;
    }

    public UUID tenant() {
        return tenant;
    }

    public Instant checkedAt() {
        return checkedAt == null ? null : checkedAt.toInstant();
    }

    public String failure() {
        return failure;
    }
}
