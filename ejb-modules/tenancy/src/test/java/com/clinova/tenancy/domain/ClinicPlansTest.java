package com.clinova.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.ClinicPlan;
import com.clinova.tenancy.api.ClinicPlan.FeatureState;
import com.clinova.tenancy.api.ClinicPlan.QuotaState;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.FeatureOverride;
import com.clinova.tenancy.api.OverrideNote;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.QuotaOverride;
import com.clinova.tenancy.api.TenantEntitlementsView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClinicPlansTest {

    private static final OverrideNote NOTE = new OverrideNote("operator", Instant.EPOCH, "trial ended");
    private static final PlanView CLINIC = new PlanView(
            "clinic",
            "Clinic",
            20,
            Set.of(Feature.ADVANCED_REPORTS),
            Map.of(Quota.PRACTITIONERS, QuotaLimit.of(10), Quota.ACTIVE_PATIENTS, QuotaLimit.of(5000)));

    private static ClinicPlan sheet(List<FeatureOverride> features, List<QuotaOverride> quotas, Map<Quota, Long> used) {
        EntitlementSources sources = new EntitlementSources(CLINIC, features, quotas);
        TenantEntitlementsView view = new TenantEntitlementsView(
                new TenantId(UUID.randomUUID()), CLINIC, features, quotas, sources.effective());
        return ClinicPlans.of(view, used);
    }

    private static FeatureState feature(ClinicPlan plan, Feature feature) {
        return plan.features().stream()
                .filter(f -> f.feature() == feature)
                .findFirst()
                .orElseThrow();
    }

    private static QuotaState quota(ClinicPlan plan, Quota quota) {
        return plan.quotas().stream()
                .filter(q -> q.quota() == quota)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyFeatureAndQuotaIsListedWithThePlanAsSource() {
        ClinicPlan plan = sheet(List.of(), List.of(), Map.of(Quota.PRACTITIONERS, 3L));

        assertEquals(Feature.values().length, plan.features().size());
        assertEquals(Quota.values().length, plan.quotas().size());
        assertTrue(feature(plan, Feature.ADVANCED_REPORTS).enabled());
        assertFalse(feature(plan, Feature.ADVANCED_REPORTS).overridden());
        assertEquals("on (plan)", ClinicPlans.stateOf(plan, Feature.ADVANCED_REPORTS));
        assertEquals("10 (plan)", ClinicPlans.stateOf(plan, Quota.PRACTITIONERS));
        assertEquals("unlimited (plan)", ClinicPlans.stateOf(plan, Quota.STORAGE_BYTES));
    }

    @Test
    void anOverrideIsTheSourceAndKeepsTheNote() {
        ClinicPlan plan = sheet(
                List.of(new FeatureOverride(Feature.ADVANCED_REPORTS, false, NOTE)),
                List.of(new QuotaOverride(Quota.PRACTITIONERS, QuotaLimit.of(4), NOTE)),
                Map.of());

        FeatureState reports = feature(plan, Feature.ADVANCED_REPORTS);
        assertFalse(reports.enabled());
        assertTrue(reports.inPlan());
        assertEquals("trial ended", reports.override().note().reason());
        assertEquals("off (override)", ClinicPlans.stateOf(plan, Feature.ADVANCED_REPORTS));
        QuotaState practitioners = quota(plan, Quota.PRACTITIONERS);
        assertEquals(QuotaLimit.of(4), practitioners.limit());
        assertEquals(QuotaLimit.of(10), practitioners.planLimit());
        assertEquals("4 (override)", ClinicPlans.stateOf(plan, Quota.PRACTITIONERS));
    }

    @Test
    void usageWarnsFromEightyPercentAndIsAbsentWhereNothingCounts() {
        ClinicPlan plan = sheet(List.of(), List.of(), Map.of(Quota.PRACTITIONERS, 8L, Quota.ACTIVE_PATIENTS, 3999L));

        assertTrue(quota(plan, Quota.PRACTITIONERS).nearLimit());
        assertEquals(80, quota(plan, Quota.PRACTITIONERS).percent());
        assertFalse(quota(plan, Quota.ACTIVE_PATIENTS).nearLimit());
        assertNull(quota(plan, Quota.MESSAGES_PER_MONTH).used());
        assertEquals(-1, quota(plan, Quota.MESSAGES_PER_MONTH).percent());
        assertFalse(quota(plan, Quota.MESSAGES_PER_MONTH).nearLimit());
    }
}
