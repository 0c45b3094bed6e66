package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import java.io.Serializable;
import java.util.List;

/** For operators: a clinic's plan, its overrides and what results from them. */
public record TenantEntitlementsView(
        TenantId tenant,
        PlanView plan,
        List<FeatureOverride> featureOverrides,
        List<QuotaOverride> quotaOverrides,
        EffectiveEntitlements effective)
        implements Serializable {

    public TenantEntitlementsView {
        featureOverrides = List.copyOf(featureOverrides);
        quotaOverrides = List.copyOf(quotaOverrides);
    }
}
