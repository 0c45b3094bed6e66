package com.clinova.tenancy.application;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.tenancy.api.EffectiveEntitlements;
import com.clinova.tenancy.api.Entitlements;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.FeatureDisabledException;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaExceededException;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.QuotaUsage;
import com.clinova.tenancy.domain.EntitlementRepository;
import com.clinova.tenancy.domain.EntitlementSources;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Set;

/**
 * Reads the bound clinic's entitlements afresh on every call: no cache, so there is nothing to
 * invalidate across nodes and an operator's change holds everywhere from the next request (see
 * db/README.md for the measured cost of the read). A clinic that vanished mid-request has no
 * features and zero of everything.
 */
@Stateless
public class DefaultEntitlements implements Entitlements {

    private static final EffectiveEntitlements NOTHING = new EffectiveEntitlements("none", Set.of(), zeroes());

    @Inject
    EntitlementRepository repository;

    @Override
    public EffectiveEntitlements current() {
        return repository
                .sourcesOf(TenantContext.require().value())
                .map(EntitlementSources::effective)
                .orElse(NOTHING);
    }

    @Override
    public boolean isEnabled(Feature feature) {
        return current().isEnabled(feature);
    }

    @Override
    public void require(Feature feature) {
        if (!isEnabled(feature)) {
            throw new FeatureDisabledException(feature);
        }
    }

    @Override
    public QuotaUsage admit(Quota quota, long usedNow) {
        QuotaLimit limit = current().limitOf(quota);
        if (!limit.admitsOneMore(usedNow)) {
            throw new QuotaExceededException(quota, limit.max(), usedNow);
        }
        return new QuotaUsage(quota, usedNow + 1, limit);
    }

    @Override
    public QuotaUsage usage(Quota quota, long used) {
        return new QuotaUsage(quota, used, current().limitOf(quota));
    }

    private static EnumMap<Quota, QuotaLimit> zeroes() {
        EnumMap<Quota, QuotaLimit> none = new EnumMap<>(Quota.class);
        for (Quota quota : Quota.values()) {
            none.put(quota, QuotaLimit.of(0));
        }
        return none;
    }
}
