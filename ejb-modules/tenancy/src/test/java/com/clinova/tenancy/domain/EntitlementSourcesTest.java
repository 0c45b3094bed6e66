package com.clinova.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.tenancy.api.EffectiveEntitlements;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.FeatureOverride;
import com.clinova.tenancy.api.OverrideNote;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.QuotaOverride;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntitlementSourcesTest {

    private static final OverrideNote NOTE = new OverrideNote("ops@clinova.example", Instant.EPOCH, "pilot");

    private static final PlanView CLINIC = new PlanView(
            "clinic",
            "Clinic",
            20,
            Set.of(Feature.ADVANCED_REPORTS, Feature.RECORD_ATTACHMENTS),
            Map.of(Quota.PRACTITIONERS, QuotaLimit.of(10), Quota.ACTIVE_PATIENTS, QuotaLimit.of(5000)));

    @Test
    void withoutOverridesThePlanDecides() {
        EffectiveEntitlements effective = new EntitlementSources(CLINIC, List.of(), List.of()).effective();

        assertEquals("clinic", effective.planCode());
        assertTrue(effective.isEnabled(Feature.ADVANCED_REPORTS));
        assertFalse(effective.isEnabled(Feature.FHIR_API));
        assertEquals(QuotaLimit.of(10), effective.limitOf(Quota.PRACTITIONERS));
    }

    @Test
    void aQuotaNeitherMentionsIsUnlimited() {
        EffectiveEntitlements effective = new EntitlementSources(CLINIC, List.of(), List.of()).effective();

        assertTrue(effective.limitOf(Quota.MESSAGES_PER_MONTH).isUnlimited());
    }

    @Test
    void featureOverridesSwitchOnAndOffWhateverThePlanSays() {
        EffectiveEntitlements effective = new EntitlementSources(
                        CLINIC,
                        List.of(
                                new FeatureOverride(Feature.ADVANCED_REPORTS, false, NOTE),
                                new FeatureOverride(Feature.FHIR_API, true, NOTE)),
                        List.of())
                .effective();

        assertFalse(effective.isEnabled(Feature.ADVANCED_REPORTS));
        assertTrue(effective.isEnabled(Feature.FHIR_API));
        assertTrue(effective.isEnabled(Feature.RECORD_ATTACHMENTS));
    }

    @Test
    void quotaOverridesReplaceThePlansLimitIncludingByUnlimited() {
        EffectiveEntitlements effective = new EntitlementSources(
                        CLINIC,
                        List.of(),
                        List.of(
                                new QuotaOverride(Quota.PRACTITIONERS, QuotaLimit.UNLIMITED, NOTE),
                                new QuotaOverride(Quota.ACTIVE_PATIENTS, QuotaLimit.of(20_000), NOTE),
                                new QuotaOverride(Quota.STORAGE_BYTES, QuotaLimit.of(0), NOTE)))
                .effective();

        assertTrue(effective.limitOf(Quota.PRACTITIONERS).isUnlimited());
        assertEquals(QuotaLimit.of(20_000), effective.limitOf(Quota.ACTIVE_PATIENTS));
        assertEquals(QuotaLimit.of(0), effective.limitOf(Quota.STORAGE_BYTES));
    }

    @Test
    void aPlanWithoutFeaturesCanBeGivenOne() {
        PlanView bare = new PlanView("bare", "Bare", 1, Set.of(), Map.of());

        EffectiveEntitlements effective = new EntitlementSources(
                        bare, List.of(new FeatureOverride(Feature.ONLINE_BOOKING, true, NOTE)), List.of())
                .effective();

        assertEquals(Set.of(Feature.ONLINE_BOOKING), effective.features());
    }
}
