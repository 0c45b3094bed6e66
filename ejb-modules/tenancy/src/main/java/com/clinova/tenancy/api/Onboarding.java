package com.clinova.tenancy.api;

import jakarta.ejb.Local;

/**
 * Opens clinics: the tenant, its settings, its first administrator and, on request, a small
 * sample practice, in one transaction of the platform database role. Idempotent per key: the
 * same key with the same request answers the clinic it created, never a second one.
 */
@Local
public interface Onboarding {

    /**
     * @throws com.clinova.platform.error.RuleViolationException naming every invalid field
     * @throws SlugTakenException when another clinic has the slug
     * @throws IdempotencyKeyReusedException when the key was used for a different request
     */
    ProvisionedClinic provision(ClinicSignUp request, String idempotencyKey, PlatformActor actor);

    /** Whether a slug is free and valid now (for a form's live check); the reason when not. */
    SlugCheck check(String slug);

    /** The answer to "may I have this slug?". */
    record SlugCheck(String slug, boolean available, String reason) {}
}
