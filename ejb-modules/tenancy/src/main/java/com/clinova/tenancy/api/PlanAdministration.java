package com.clinova.tenancy.api;

import com.clinova.platform.tenant.TenantId;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The console's use cases on plans: the catalog, one clinic's plan with usage, and the operator's
 * changes to it. Every change needs an operator and a reason, is recorded in the platform audit
 * trail (who, what, clinic, before and after) in the same transaction, and holds on every node
 * from the clinic's next request on. Runs on the platform role ({@code jdbc/clinovaPlatform}).
 *
 * <p>Unknown clinic: {@code ResourceNotFoundException}; unknown feature or quota code: {@link
 * UnknownEntitlementException}; unknown plan code, missing reason: {@code RuleViolationException};
 * an actor who is not an operator: {@code NotPermittedException}.
 */
@Local
public interface PlanAdministration {

    /** Every plan, cheapest first. */
    List<PlanView> plans();

    /** The clinic's plan, every feature and every quota with its source and usage. */
    ClinicPlan clinicPlan(TenantId tenant);

    ClinicPlan changePlan(TenantId tenant, String planCode, String reason, PlatformActor actor);

    ClinicPlan overrideFeature(
            TenantId tenant, String featureCode, boolean enabled, String reason, PlatformActor actor);

    ClinicPlan clearFeatureOverride(TenantId tenant, String featureCode, String reason, PlatformActor actor);

    ClinicPlan overrideQuota(TenantId tenant, String quotaCode, QuotaLimit limit, String reason, PlatformActor actor);

    ClinicPlan clearQuotaOverride(TenantId tenant, String quotaCode, String reason, PlatformActor actor);
}
