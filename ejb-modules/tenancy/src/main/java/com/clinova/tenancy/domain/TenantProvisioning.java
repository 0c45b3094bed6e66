package com.clinova.tenancy.domain;

import java.util.Optional;

/**
 * Writes a new clinic as the platform database role, all in the caller's transaction: the tenant,
 * its settings, its first administrator (with the new tenant bound, so row-level security
 * checks every clinic row) and, when asked, a sample practice; then the idempotency record.
 */
public interface TenantProvisioning {

    boolean slugExists(String slug);

    /**
     * Serializes onboardings with this key until the caller's transaction ends, so a concurrent
     * retry waits for the first attempt and then finds its clinic instead of racing it.
     */
    void lockKey(String idempotencyKey);

    Optional<OnboardingRecord> findByKey(String idempotencyKey);

    /** Writes the clinic; answers the steps taken, in order, for the progress display. */
    java.util.List<String> create(NewClinic clinic, String idempotencyKey, String fingerprint, String requestedBy);
}
