package com.clinova.tenancy.domain;

import com.clinova.tenancy.api.ClinicPlan;
import com.clinova.tenancy.api.ClinicPlan.FeatureState;
import com.clinova.tenancy.api.ClinicPlan.QuotaState;
import com.clinova.tenancy.api.EffectiveEntitlements;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.FeatureOverride;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.QuotaOverride;
import com.clinova.tenancy.api.TenantEntitlementsView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the console's sheet of a clinic's plan: every feature and quota of the vocabulary, in
 * declaration order, with its source and usage; and the one-line states the platform audit trail
 * records before and after a change ("on (plan)", "off (override)", "10 (plan)", "unlimited
 * (override)").
 */
public final class ClinicPlans {

    private ClinicPlans() {}

    /** {@code used}: the counts the product keeps today; quotas missing from it are not counted. */
    public static ClinicPlan of(TenantEntitlementsView view, Map<Quota, Long> used) {
        EffectiveEntitlements effective = view.effective();
        List<FeatureState> features = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            FeatureOverride override = view.featureOverrides().stream()
                    .filter(o -> o.feature() == feature)
                    .findFirst()
                    .orElse(null);
            features.add(new FeatureState(
                    feature,
                    effective.isEnabled(feature),
                    view.plan().features().contains(feature),
                    override));
        }
        List<QuotaState> quotas = new ArrayList<>();
        for (Quota quota : Quota.values()) {
            QuotaOverride override = view.quotaOverrides().stream()
                    .filter(o -> o.quota() == quota)
                    .findFirst()
                    .orElse(null);
            quotas.add(new QuotaState(
                    quota,
                    effective.limitOf(quota),
                    view.plan().quotas().getOrDefault(quota, QuotaLimit.UNLIMITED),
                    override,
                    used.get(quota)));
        }
        return new ClinicPlan(view.tenant(), view.plan(), features, quotas);
    }

    public static String stateOf(ClinicPlan plan, Feature feature) {
        FeatureState state = plan.features().stream()
                .filter(f -> f.feature() == feature)
                .findFirst()
                .orElseThrow();
        return (state.enabled() ? "on" : "off") + (state.overridden() ? " (override)" : " (plan)");
    }

    public static String stateOf(ClinicPlan plan, Quota quota) {
        QuotaState state = plan.quotas().stream()
                .filter(q -> q.quota() == quota)
                .findFirst()
                .orElseThrow();
        return state.limit() + (state.overridden() ? " (override)" : " (plan)");
    }
}
