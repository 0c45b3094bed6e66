package com.clinova.tenancy.api;

import jakarta.ejb.Local;

/**
 * What the bound clinic may do now. Every call reads the clinic's plan and overrides afresh (one
 * statement of primary-key lookups), so an operator's change holds on every node from the next
 * request on; callers that ask several times in one request keep the {@link #current()} answer.
 */
@Local
public interface Entitlements {

    /** The bound clinic's features and quotas. */
    EffectiveEntitlements current();

    boolean isEnabled(Feature feature);

    /** Returns quietly when the feature is on; otherwise throws {@link FeatureDisabledException}. */
    void require(Feature feature);

    /**
     * Admits one more of {@code quota} when {@code usedNow} are in use, or throws {@link
     * QuotaExceededException}. The caller counts under a lock that serializes concurrent
     * additions for the clinic, so the limit is exact. Answers the usage after the addition.
     */
    QuotaUsage admit(Quota quota, long usedNow);

    /** The usage of {@code quota} when {@code used} are in use. */
    QuotaUsage usage(Quota quota, long used);
}
