package com.clinova.console.pages;

import com.clinova.console.security.ConsoleUser;
import com.clinova.console.security.SignedInUser;
import com.clinova.platform.error.ClinovaException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.ClinicPlan;
import com.clinova.tenancy.api.PlanAdministration;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.PlatformActor;
import com.clinova.tenancy.api.QuotaLimit;
import com.clinova.tenancy.api.TenantSummary;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plan panel of a clinic's page: plan, features (on/off, from the plan or an override) and
 * quotas with usage and the 80 % warning. Operators change the plan and overrides here, each with
 * a reason; a clinic administrator sees their own clinic's panel read-only ("your plan"). The
 * service refuses changes by anyone but an operator, whatever this page renders.
 */
@Named("clinicPlan")
@ViewScoped
public class ClinicPlanPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PlanAdministration plans;

    @Inject
    ClinicView clinic;

    private TenantId tenant;
    private transient ClinicPlan sheet;
    private String planCode;
    private String reason;
    private final Map<String, String> limits = new HashMap<>();

    /** The clinic's sheet, read once per request (null when the page shows no clinic). */
    public ClinicPlan getSheet() {
        if (sheet == null && tenant() != null) {
            sheet = plans.clinicPlan(tenant());
        }
        return sheet;
    }

    public List<PlanView> getPlans() {
        return plans.plans();
    }

    public String changePlan() {
        return change(() -> plans.changePlan(tenant(), planCode, reason, actor()));
    }

    public String overrideFeature(String feature, boolean enabled) {
        return change(() -> plans.overrideFeature(tenant(), feature, enabled, reason, actor()));
    }

    public String clearFeature(String feature) {
        return change(() -> plans.clearFeatureOverride(tenant(), feature, reason, actor()));
    }

    public String overrideQuota(String quota) {
        return change(() -> plans.overrideQuota(tenant(), quota, limit(quota), reason, actor()));
    }

    public String clearQuota(String quota) {
        return change(() -> plans.clearQuotaOverride(tenant(), quota, reason, actor()));
    }

    private String change(Supplier<ClinicPlan> change) {
        try {
            sheet = change.get();
            reason = null;
            limits.clear();
            Texts.info(Texts.text("plan.saved"));
        } catch (RuleViolationException e) {
            e.violations().forEach(v -> Texts.error(null, Texts.text("plan." + v.field() + ".invalid")));
        } catch (ClinovaException e) {
            Texts.error(null, e.getMessage());
        }
        return null;
    }

    /** The limit typed for a quota: a whole number of 0 or more, or empty for unlimited. */
    private QuotaLimit limit(String quota) {
        String text = limits.getOrDefault(quota, "").strip();
        if (text.isEmpty()) {
            return QuotaLimit.UNLIMITED;
        }
        try {
            return QuotaLimit.of(Long.parseLong(text));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("limit", "a whole number of 0 or more");
        }
    }

    private TenantId tenant() {
        if (tenant == null) {
            tenant = clinic.tenant().map(TenantSummary::id).orElse(null);
        }
        return tenant;
    }

    private static PlatformActor actor() {
        ConsoleUser user = SignedInUser.of((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .orElseThrow();
        return user.isOperator()
                ? PlatformActor.operator(user.username())
                : PlatformActor.clinicAdmin(user.slug(), user.username());
    }

    public String getPlanCode() {
        if (planCode == null && getSheet() != null) {
            planCode = getSheet().plan().code();
        }
        return planCode;
    }

    public void setPlanCode(String planCode) {
        this.planCode = planCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Map<String, String> getLimits() {
        return limits;
    }
}
