package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import java.io.Serializable;
import java.util.List;

/**
 * One clinic's plan as the console shows it: the plan, and every feature and quota of the
 * vocabulary with where its value comes from (the plan or an override) and, for quotas, usage.
 */
public record ClinicPlan(TenantId tenant, PlanView plan, List<FeatureState> features, List<QuotaState> quotas)
        implements Serializable {

    public ClinicPlan {
        features = List.copyOf(features);
        quotas = List.copyOf(quotas);
    }

    /** A feature: on or off now, what the plan says, and the clinic's override if any (else null). */
    public record FeatureState(Feature feature, boolean enabled, boolean inPlan, FeatureOverride override)
            implements Serializable {

        public boolean overridden() {
            return override != null;
        }

        public String code() {
            return feature.code();
        }
    }

    /**
     * A quota: the limit in force, the plan's limit, the override if any (else null), and the usage
     * where the product counts it today (else null: metered quotas come with metering).
     */
    public record QuotaState(Quota quota, QuotaLimit limit, QuotaLimit planLimit, QuotaOverride override, Long used)
            implements Serializable {

        public boolean overridden() {
            return override != null;
        }

        public String code() {
            return quota.code();
        }

        /** Usage against the limit in force; null when not counted. */
        public QuotaUsage usage() {
            return used == null ? null : new QuotaUsage(quota, used, limit);
        }

        /** From 80 % of a limited quota on. */
        public boolean nearLimit() {
            return used != null && usage().nearLimit();
        }

        /** Whole percent used; -1 when unlimited or not counted. */
        public int percent() {
            return used == null ? -1 : usage().percent();
        }
    }
}
