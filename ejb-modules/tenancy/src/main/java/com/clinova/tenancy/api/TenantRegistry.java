package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** The console's view of the clinics on the platform (platform tables only, never clinic data). */
@Local
public interface TenantRegistry {

    /** Every clinic, newest first, optionally those whose slug or name contains {@code query}. */
    List<TenantSummary> list(Optional<String> query, int limit);

    Optional<TenantSummary> find(TenantId tenant);
}
