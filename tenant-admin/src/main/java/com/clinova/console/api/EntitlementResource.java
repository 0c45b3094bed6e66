package com.clinova.console.api;

import com.clinova.console.security.ConsoleUser;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.PlanAdministration;
import com.clinova.tenancy.api.QuotaLimit;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * A clinic's plan, features and quotas with usage. Operators read and change any clinic's; a
 * clinic administrator reads their own (another clinic's id is a 404, like an unknown one) and
 * may change nothing (403). Every change takes a reason and lands in the platform audit trail.
 */
@Path("tenants/{id}/entitlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EntitlementResource {

    @EJB
    PlanAdministration plans;

    @Inject
    Callers callers;

    public record PlanChange(String planCode, String reason) {}

    public record FeatureChange(Boolean enabled, String reason) {}

    /** Either {@code limit} (0 or more) or {@code unlimited: true}. */
    public record QuotaChange(Long limit, Boolean unlimited, String reason) {}

    @GET
    public ClinicPlanDto read(@PathParam("id") String id) {
        return ClinicPlanDto.of(plans.clinicPlan(target(id)));
    }

    @PUT
    @Path("plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClinicPlanDto changePlan(@PathParam("id") String id, PlanChange body) {
        TenantId tenant = changeable(id);
        PlanChange change = body == null ? new PlanChange(null, null) : body;
        return ClinicPlanDto.of(plans.changePlan(tenant, change.planCode(), change.reason(), callers.actor()));
    }

    @PUT
    @Path("features/{feature}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClinicPlanDto overrideFeature(
            @PathParam("id") String id, @PathParam("feature") String feature, FeatureChange body) {
        TenantId tenant = changeable(id);
        if (body == null || body.enabled() == null) {
            throw new RuleViolationException("enabled", "Say whether the feature is on (true) or off (false).");
        }
        return ClinicPlanDto.of(plans.overrideFeature(tenant, feature, body.enabled(), body.reason(), callers.actor()));
    }

    @DELETE
    @Path("features/{feature}")
    public ClinicPlanDto clearFeature(
            @PathParam("id") String id, @PathParam("feature") String feature, @QueryParam("reason") String reason) {
        TenantId tenant = changeable(id);
        return ClinicPlanDto.of(plans.clearFeatureOverride(tenant, feature, reason, callers.actor()));
    }

    @PUT
    @Path("quotas/{quota}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClinicPlanDto overrideQuota(@PathParam("id") String id, @PathParam("quota") String quota, QuotaChange body) {
        TenantId tenant = changeable(id);
        QuotaLimit limit = limitOf(body);
        return ClinicPlanDto.of(plans.overrideQuota(tenant, quota, limit, body.reason(), callers.actor()));
    }

    @DELETE
    @Path("quotas/{quota}")
    public ClinicPlanDto clearQuota(
            @PathParam("id") String id, @PathParam("quota") String quota, @QueryParam("reason") String reason) {
        TenantId tenant = changeable(id);
        return ClinicPlanDto.of(plans.clearQuotaOverride(tenant, quota, reason, callers.actor()));
    }

    private static QuotaLimit limitOf(QuotaChange body) {
        boolean unlimited = body != null && Boolean.TRUE.equals(body.unlimited());
        if (body == null || unlimited == (body.limit() != null) || (body.limit() != null && body.limit() < 0)) {
            throw new RuleViolationException("limit", "Give either a limit of 0 or more or \"unlimited\": true.");
        }
        return unlimited ? QuotaLimit.UNLIMITED : QuotaLimit.of(body.limit());
    }

    /** The clinic this caller may see: operators any, a clinic admin only their own (else 404). */
    private TenantId target(String id) {
        ConsoleUser caller = callers.current();
        TenantId tenant;
        try {
            tenant = TenantId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException("tenant", id);
        }
        if (!caller.isOperator() && !caller.clinic().equals(Optional.of(tenant))) {
            throw new ResourceNotFoundException("tenant", id);
        }
        return tenant;
    }

    /** A clinic the caller may see and change: 404 before 403, so nothing leaks about others. */
    private TenantId changeable(String id) {
        TenantId tenant = target(id);
        callers.requireOperator();
        return tenant;
    }
}
