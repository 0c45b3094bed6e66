package com.clinova.console.api;

import com.clinova.tenancy.api.Feature;
import com.clinova.tenancy.api.PlanAdministration;
import com.clinova.tenancy.api.PlanView;
import com.clinova.tenancy.api.Quota;
import com.clinova.tenancy.api.QuotaLimit;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plan catalog with each plan's features and quota limits: operators only. */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @EJB
    PlanAdministration plans;

    @Inject
    Callers callers;

    /** A quota's limit is a number; an unlimited quota is listed under {@code unlimited}. */
    public record PlanDto(
            String code,
            String name,
            int sortOrder,
            List<String> features,
            Map<String, Long> quotas,
            List<String> unlimited) {}

    public record PlanList(List<PlanDto> items) {}

    @GET
    public PlanList list() {
        callers.requireOperator();
        return new PlanList(plans.plans().stream().map(PlanResource::dto).toList());
    }

    private static PlanDto dto(PlanView plan) {
        Map<String, Long> limits = new LinkedHashMap<>();
        List<String> unlimited = new ArrayList<>();
        for (Quota quota : Quota.values()) {
            QuotaLimit limit = plan.quotas().getOrDefault(quota, QuotaLimit.UNLIMITED);
            if (limit.isUnlimited()) {
                unlimited.add(quota.code());
            } else {
                limits.put(quota.code(), limit.max());
            }
        }
        return new PlanDto(
                plan.code(),
                plan.name(),
                plan.sortOrder(),
                plan.features().stream().map(Feature::code).sorted().toList(),
                limits,
                unlimited);
    }
}
