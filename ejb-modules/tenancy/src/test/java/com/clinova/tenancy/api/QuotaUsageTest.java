package com.clinova.tenancy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.error.RuleViolationException;
import org.junit.jupiter.api.Test;

class QuotaUsageTest {

    @Test
    void warnsFromEightyPercentOn() {
        assertFalse(new QuotaUsage(Quota.PRACTITIONERS, 7, QuotaLimit.of(10)).nearLimit());
        assertTrue(new QuotaUsage(Quota.PRACTITIONERS, 8, QuotaLimit.of(10)).nearLimit());
        assertFalse(new QuotaUsage(Quota.PRACTITIONERS, 3, QuotaLimit.of(4)).nearLimit());
        assertTrue(new QuotaUsage(Quota.PRACTITIONERS, 4, QuotaLimit.of(5)).nearLimit());
    }

    @Test
    void reachedAtTheLimitNotBefore() {
        assertFalse(new QuotaUsage(Quota.ACTIVE_PATIENTS, 9, QuotaLimit.of(10)).reached());
        assertTrue(new QuotaUsage(Quota.ACTIVE_PATIENTS, 10, QuotaLimit.of(10)).reached());
        assertTrue(new QuotaUsage(Quota.ACTIVE_PATIENTS, 0, QuotaLimit.of(0)).reached());
    }

    @Test
    void unlimitedNeverWarnsNorRefuses() {
        QuotaUsage usage = new QuotaUsage(Quota.PRACTITIONERS, Long.MAX_VALUE - 1, QuotaLimit.UNLIMITED);

        assertFalse(usage.nearLimit());
        assertFalse(usage.reached());
        assertEquals(-1, usage.percent());
    }

    @Test
    void percentIsRoundedDown() {
        assertEquals(66, new QuotaUsage(Quota.PRACTITIONERS, 2, QuotaLimit.of(3)).percent());
        assertEquals(100, new QuotaUsage(Quota.PRACTITIONERS, 0, QuotaLimit.of(0)).percent());
    }

    @Test
    void aLimitIsNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> QuotaLimit.of(-1));
    }

    @Test
    void quotaExceededNamesTheLimit() {
        QuotaExceededException refused = new QuotaExceededException(Quota.PRACTITIONERS, 2, 2);

        assertEquals("quota-exceeded", refused.problemSlug());
        assertEquals("2", refused.problemMembers().get("limit"));
        assertEquals("practitioners", refused.problemMembers().get("quota"));
        assertTrue(refused.getMessage().contains("at most 2 practitioners"));
    }

    @Test
    void featureDisabledNamesTheFeature() {
        assertEquals(
                "advanced-reports",
                new FeatureDisabledException(Feature.ADVANCED_REPORTS)
                        .problemMembers()
                        .get("feature"));
    }

    @Test
    void anOverrideNeedsWhoAndWhy() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> OverrideNote.now(" ", null));

        assertEquals(2, refused.violations().size());
        assertEquals("pilot", OverrideNote.now("ops", "  pilot ").reason());
    }

    @Test
    void codesRoundTrip() {
        for (Feature feature : Feature.values()) {
            assertEquals(feature, Feature.ofCode(feature.code()).orElseThrow());
        }
        for (Quota quota : Quota.values()) {
            assertEquals(quota, Quota.ofCode(quota.code()).orElseThrow());
        }
        assertTrue(Feature.ofCode("teleportation").isEmpty());
    }
}
