package com.clinova.tenancy.domain;

import java.time.Instant;
import java.util.UUID;

/** What an idempotency key is bound to: the request's fingerprint and the clinic it created. */
public record OnboardingRecord(
        String idempotencyKey,
        String fingerprint,
        UUID tenant,
        String slug,
        String clinicName,
        String adminUsername,
        String planCode,
        boolean sampleData,
        Instant createdAt) {}
