package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.Optional;

/** Finds clinics by the host a request was sent to. Works without a bound tenant. */
@Local
public interface TenantDirectory {

    /**
     * The clinic served at {@code host}: {@code <slug>.<base domain>} or a registered custom
     * domain. Port and letter case are ignored. Empty for unknown hosts.
     */
    Optional<TenantProfile> findByHost(String host);

    Optional<TenantLogo> findLogo(TenantId tenant);

    /** The clinic with this id (its regional defaults: time zone, currency), if it exists. */
    Optional<TenantProfile> findById(TenantId tenant);
}
