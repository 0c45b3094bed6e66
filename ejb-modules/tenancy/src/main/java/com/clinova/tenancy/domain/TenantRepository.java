package com.clinova.tenancy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the tenant registry (platform tables, visible without a bound tenant). */
public interface TenantRepository {

    Optional<Tenant> findById(UUID id);

    Optional<Tenant> findBySlug(String slug);

    Optional<Tenant> findByCustomDomain(String domain);

    Optional<TenantSettings> findSettings(UUID tenant);

    List<UUID> allIds();
}
