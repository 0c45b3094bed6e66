package com.clinova.tenancy.domain;

import com.clinova.tenancy.api.EffectiveEntitlements;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.FeatureOverride;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.QuotaOverride;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clinic's plan and its overrides, from which its effective entitlements follow: an override of
 * a feature or quota replaces the plan's word on it entirely (a quota override of "unlimited"
 * lifts the plan's limit; a feature override "off" removes a feature the plan includes); what no
 * override mentions is as the plan says; a quota neither mentions is unlimited.
 */
public record EntitlementSources(
        PlanView plan, List<FeatureOverride> featureOverrides, List<QuotaOverride> quotaOverrides) {

    public EntitlementSources {
        featureOverrides = List.copyOf(featureOverrides);
        quotaOverrides = List.copyOf(quotaOverrides);
    }

    public EffectiveEntitlements effective() {
        Set<Feature> features =
                plan.features().isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(plan.features());
        for (FeatureOverride override : featureOverrides) {
            if (override.enabled()) {
                features.add(override.feature());
            } else {
                features.remove(override.feature());
            }
        }
        Map<Quota, QuotaLimit> quotas = new EnumMap<>(Quota.class);
        quotas.putAll(plan.quotas());
        for (QuotaOverride override : quotaOverrides) {
            quotas.put(override.quota(), override.limit());
        }
        return new EffectiveEntitlements(plan.code(), features, quotas);
    }
}
