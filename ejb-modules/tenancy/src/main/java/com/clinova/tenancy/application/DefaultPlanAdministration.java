package com.clinova.tenancy.application;

import com.clinova.platform.error.NotPermittedException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.ClinicPlan;
import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.OverrideNote;
import com.clinova.tenancy.api.PlanAdministration;
import com.clinova.tenancy.api.PlanCatalog;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.PlatformActor;
import com.clinova.tenancy.api.PlatformAuditTrail;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.TenantEntitlementsAdmin;
import com.clinova.tenancy.api.TenantEntitlementsView;
import com.clinova.tenancy.api.UnknownEntitlementException;
import com.clinova.tenancy.domain.ClinicPlans;
import com.clinova.tenancy.domain.QuotaCounts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One transaction per call (container-managed, on the platform role): the change, the clinic's
 * sheet afterwards and the platform audit entry with the state before and after commit together.
 */
@Stateless
public class DefaultPlanAdministration implements PlanAdministration {

    @Inject
    PlanCatalog catalog;

    @Inject
    TenantEntitlementsAdmin admin;

    @Inject
    QuotaCounts counts;

    @EJB
    PlatformAuditTrail trail;

    @Override
    public List<PlanView> plans() {
        return catalog.plans();
    }

    @Override
    public ClinicPlan clinicPlan(TenantId tenant) {
        return sheet(admin.entitlementsOf(tenant));
    }

    @Override
    public ClinicPlan changePlan(TenantId tenant, String planCode, String reason, PlatformActor actor) {
        String why = checked(actor, reason);
        if (planCode == null || catalog.plan(planCode).isEmpty()) {
            throw new RuleViolationException(
                    "planCode", "Name a plan of the catalog: " + String.join(", ", codes(catalog.plans())) + ".");
        }
        ClinicPlan before = clinicPlan(tenant);
        ClinicPlan after = sheet(admin.changePlan(tenant, planCode));
        record(
                actor,
                "tenant.plan.change",
                tenant,
                why,
                "plan",
                planCode,
                before.plan().code(),
                after.plan().code());
        return after;
    }

    @Override
    public ClinicPlan overrideFeature(
            TenantId tenant, String featureCode, boolean enabled, String reason, PlatformActor actor) {
        Feature feature = feature(featureCode);
        OverrideNote note = note(actor, reason);
        ClinicPlan before = clinicPlan(tenant);
        ClinicPlan after = sheet(admin.overrideFeature(tenant, feature, enabled, note));
        record(
                actor,
                "tenant.feature.override",
                tenant,
                note.reason(),
                "feature",
                feature.code(),
                ClinicPlans.stateOf(before, feature),
                ClinicPlans.stateOf(after, feature));
        return after;
    }

    @Override
    public ClinicPlan clearFeatureOverride(TenantId tenant, String featureCode, String reason, PlatformActor actor) {
        Feature feature = feature(featureCode);
        String why = checked(actor, reason);
        ClinicPlan before = clinicPlan(tenant);
        ClinicPlan after = sheet(admin.clearFeatureOverride(tenant, feature));
        record(
                actor,
                "tenant.feature.override-clear",
                tenant,
                why,
                "feature",
                feature.code(),
                ClinicPlans.stateOf(before, feature),
                ClinicPlans.stateOf(after, feature));
        return after;
    }

    @Override
    public ClinicPlan overrideQuota(
            TenantId tenant, String quotaCode, QuotaLimit limit, String reason, PlatformActor actor) {
        Quota quota = quota(quotaCode);
        OverrideNote note = note(actor, reason);
        ClinicPlan before = clinicPlan(tenant);
        ClinicPlan after = sheet(admin.overrideQuota(tenant, quota, limit, note));
        record(
                actor,
                "tenant.quota.override",
                tenant,
                note.reason(),
                "quota",
                quota.code(),
                ClinicPlans.stateOf(before, quota),
                ClinicPlans.stateOf(after, quota));
        return after;
    }

    @Override
    public ClinicPlan clearQuotaOverride(TenantId tenant, String quotaCode, String reason, PlatformActor actor) {
        Quota quota = quota(quotaCode);
        String why = checked(actor, reason);
        ClinicPlan before = clinicPlan(tenant);
        ClinicPlan after = sheet(admin.clearQuotaOverride(tenant, quota));
        record(
                actor,
                "tenant.quota.override-clear",
                tenant,
                why,
                "quota",
                quota.code(),
                ClinicPlans.stateOf(before, quota),
                ClinicPlans.stateOf(after, quota));
        return after;
    }

    private ClinicPlan sheet(TenantEntitlementsView view) {
        return ClinicPlans.of(view, counts.of(view.tenant().value()));
    }

    /** Who, what, which clinic, before and after, why: in the change's transaction. */
    private void record(
            PlatformActor actor,
            String action,
            TenantId tenant,
            String reason,
            String kind,
            String code,
            String before,
            String after) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put(kind, code);
        detail.put("before", before);
        detail.put("after", after);
        detail.put("reason", reason);
        trail.record(actor, action, tenant, detail);
    }

    private static void requireOperator(PlatformActor actor) {
        if (actor == null || actor.kind() != PlatformActor.Kind.OPERATOR) {
            throw new NotPermittedException("Only Clinova operators may change a clinic's plan.");
        }
    }

    /** The operator and reason of a change; both are required. */
    private static OverrideNote note(PlatformActor actor, String reason) {
        requireOperator(actor);
        return OverrideNote.now(actor.name(), reason);
    }

    private static String checked(PlatformActor actor, String reason) {
        return note(actor, reason).reason();
    }

    private static Feature feature(String code) {
        return Feature.ofCode(code).orElseThrow(() -> UnknownEntitlementException.feature(code));
    }

    private static Quota quota(String code) {
        return Quota.ofCode(code).orElseThrow(() -> UnknownEntitlementException.quota(code));
    }

    private static List<String> codes(List<PlanView> plans) {
        return plans.stream().map(PlanView::code).toList();
    }
}
