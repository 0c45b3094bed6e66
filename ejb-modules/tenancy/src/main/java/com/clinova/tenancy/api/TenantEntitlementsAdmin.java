package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;

/**
 * The operator's use cases on one clinic's entitlements: move it to another plan, switch a
 * feature on or off for it alone, give it its own limit, or drop such an override. Every change
 * records who made it and why ({@link OverrideNote}) and holds on every node from the clinic's
 * next request on. An unknown clinic or plan is {@code ResourceNotFoundException}. Runs as the
 * platform role.
 */
public interface TenantEntitlementsAdmin {

    TenantEntitlementsView entitlementsOf(TenantId tenant);

    /** Moves the clinic to another plan; its overrides stay (the console's audit trail records who). */
    TenantEntitlementsView changePlan(TenantId tenant, String planCode);

    TenantEntitlementsView overrideFeature(TenantId tenant, Feature feature, boolean enabled, OverrideNote note);

    TenantEntitlementsView overrideQuota(TenantId tenant, Quota quota, QuotaLimit limit, OverrideNote note);

    TenantEntitlementsView clearFeatureOverride(TenantId tenant, Feature feature);

    TenantEntitlementsView clearQuotaOverride(TenantId tenant, Quota quota);
}
