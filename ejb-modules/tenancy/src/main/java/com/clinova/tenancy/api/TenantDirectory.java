package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;
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

    /**
     * Every registered clinic, active or suspended, for platform jobs that must visit each
     * clinic's data in turn (binding each clinic's tenant for its own transaction).
     */
    List<TenantId> allClinics();

    /** The clinic with this id (its regional defaults: time zone, currency), if it exists. */
    Optional<TenantProfile> findById(TenantId tenant);
}
