package com.clinova.tenancy.domain;

import java.util.UUID;

/**
 * A validated clinic about to be provisioned: every field has passed {@link SignUpRules}, the
 * administrator's password is already a hash.
 */
public record NewClinic(
        UUID id,
        Slug slug,
        String clinicName,
        String country,
        String locale,
        String timeZone,
        String currency,
        String planCode,
        UUID adminId,
        String adminUsername,
        String adminPasswordHash,
        boolean sampleData) {}
