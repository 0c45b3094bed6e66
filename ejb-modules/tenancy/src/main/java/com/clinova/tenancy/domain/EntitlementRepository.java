package com.clinova.tenancy.domain;

import java.util.Optional;
import java.util.UUID;

/** Reads a clinic's plan and overrides (platform tables; no bound tenant needed). */
public interface EntitlementRepository {

    /** Empty when no clinic has this id. */
    Optional<EntitlementSources> sourcesOf(UUID tenant);
}
