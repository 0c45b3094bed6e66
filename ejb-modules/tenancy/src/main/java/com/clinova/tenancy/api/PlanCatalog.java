package com.clinova.tenancy.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's plan catalog (platform-wide, not a clinic's data). A change to a plan holds for
 * every clinic on it from their next request on. Runs as the platform role: the application role
 * may only read plans.
 */
public interface PlanCatalog {

    /** Every plan, cheapest first. */
    List<PlanView> plans();

    Optional<PlanView> plan(String code);

    /** Replaces the plan's features; an unknown plan is {@code ResourceNotFoundException}. */
    PlanView changeFeatures(String code, Set<Feature> features);

    /** Sets one quota's limit of the plan (unlimited allowed). */
    PlanView changeQuota(String code, Quota quota, QuotaLimit limit);
}
