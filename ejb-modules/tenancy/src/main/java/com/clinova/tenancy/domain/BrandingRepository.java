package com.clinova.tenancy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a clinic's branding and domains. The database limits every write to the bound clinic
 * (row-level security on the platform tables, V14), whatever is asked here.
 */
public interface BrandingRepository {

    Optional<TenantSettings> settings(UUID tenant);

    /**
     * Writes the changes now and reads back what the database made of them (new version, logo hash).
     *
     * @throws com.clinova.platform.error.StaleVersionException when someone else changed them meanwhile
     */
    TenantSettings saved(TenantSettings settings);

    /** Active domains of {@code tenant}, by name. */
    List<ActiveDomain> activeDomains(UUID tenant);

    /** The clinic an active domain resolves to, whichever it is. */
    Optional<ActiveDomain> activeDomain(String domain);

    /** The bound clinic's pending claims, by name. */
    List<DomainClaim> claims();

    Optional<DomainClaim> claim(String domain);

    void add(DomainClaim claim);

    void remove(DomainClaim claim);

    /** @return false when another clinic got the domain first (the primary key refused it) */
    boolean activate(ActiveDomain domain);

    void remove(ActiveDomain domain);
}
