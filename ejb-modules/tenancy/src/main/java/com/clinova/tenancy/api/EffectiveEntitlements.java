package com.clinova.tenancy.api;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What one clinic may do now: its plan's features and quotas with the clinic's overrides applied.
 * A quota missing from both the plan and the overrides is unlimited.
 */
public record EffectiveEntitlements(String planCode, Set<Feature> features, Map<Quota, QuotaLimit> quotas)
        implements Serializable {

    public EffectiveEntitlements {
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
        quotas = Map.copyOf(quotas.isEmpty() ? Map.of() : new EnumMap<>(quotas));
    }

    public boolean isEnabled(Feature feature) {
        return features.contains(feature);
    }

    public QuotaLimit limitOf(Quota quota) {
        return quotas.getOrDefault(quota, QuotaLimit.UNLIMITED);
    }
}
