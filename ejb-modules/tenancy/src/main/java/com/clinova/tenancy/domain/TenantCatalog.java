package com.clinova.tenancy.domain;

import com.clinova.tenancy.api.TenantSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the platform's clinic registry (platform tables only). */
public interface TenantCatalog {

    List<TenantSummary> list(Optional<String> query, int limit);

    Optional<TenantSummary> find(UUID tenant);
}
