package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.FeatureOverride;
import com.clinova.tenancy.api.OverrideNote;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.QuotaOverride;
import com.clinova.tenancy.domain.EntitlementSources;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One statement for everything that decides a clinic's entitlements: its plan, the plan's
 * features and quotas, and the clinic's overrides, as rows {@code (kind, code, number, enabled,
 * label, set_by, set_at)}. Every branch is a primary-key or unique-index lookup, so the read
 * costs one round trip and well under a millisecond (see db/README.md, "Plans, quotas and
 * features"). Codes this build does not know (a feature added to the catalog by a later release)
 * are skipped.
 */
public final class EntitlementRows {

    /** The one parameter, a clinic's id, is used in each branch (positional, five times). */
    public static final String SQL =
            "select 'plan', t.plan_code, p.sort_order::bigint, null::boolean, p.name, null, null::timestamptz"
                    + " from platform.tenant t join platform.plan p on p.code = t.plan_code where t.id = ?"
                    + " union all select 'plan-feature', pf.feature, null, true, null, null, null"
                    + " from platform.tenant t join platform.plan_feature pf on pf.plan = t.plan_code where t.id = ?"
                    + " union all select 'plan-quota', pq.quota, pq.max_value, null, null, null, null"
                    + " from platform.tenant t join platform.plan_quota pq on pq.plan = t.plan_code where t.id = ?"
                    + " union all select 'feature-override', o.feature, null, o.enabled, o.reason, o.set_by, o.set_at"
                    + " from platform.tenant_feature_override o where o.tenant = ?"
                    + " union all select 'quota-override', o.quota, o.max_value, null, o.reason, o.set_by, o.set_at"
                    + " from platform.tenant_quota_override o where o.tenant = ?";

    public static final int PARAMETERS = 5;

    private EntitlementRows() {}

    /** The clinic's sources from the statement's rows; empty when there is no plan row (no such clinic). */
    static Optional<EntitlementSources> read(List<Object[]> rows) {
        String planCode = null;
        String planName = null;
        int sortOrder = 0;
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        Map<Quota, QuotaLimit> quotas = new EnumMap<>(Quota.class);
        List<FeatureOverride> featureOverrides = new ArrayList<>();
        List<QuotaOverride> quotaOverrides = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = (String) row[0];
            String code = (String) row[1];
            Long number = row[2] == null ? null : ((Number) row[2]).longValue();
            switch (kind) {
                case "plan" -> {
                    planCode = code;
                    planName = (String) row[4];
                    sortOrder = number == null ? 0 : number.intValue();
                }
                case "plan-feature" -> Feature.ofCode(code).ifPresent(features::add);
                case "plan-quota" -> Quota.ofCode(code).ifPresent(q -> quotas.put(q, QuotaLimit.ofNullable(number)));
                case "feature-override" -> Feature.ofCode(code)
                        .ifPresent(f -> featureOverrides.add(new FeatureOverride(f, (Boolean) row[3], note(row))));
                case "quota-override" -> Quota.ofCode(code)
                        .ifPresent(q ->
                                quotaOverrides.add(new QuotaOverride(q, QuotaLimit.ofNullable(number), note(row))));
                default -> throw new IllegalStateException("Unknown entitlement row " + kind);
            }
        }
        if (planCode == null) {
            return Optional.empty();
        }
        PlanView plan = new PlanView(planCode, planName, sortOrder, features, quotas);
        return Optional.of(new EntitlementSources(plan, featureOverrides, quotaOverrides));
    }

    private static OverrideNote note(Object[] row) {
        return new OverrideNote((String) row[5], instant(row[6]), (String) row[4]);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Instant t) {
            return t;
        }
        return null;
    }
}
