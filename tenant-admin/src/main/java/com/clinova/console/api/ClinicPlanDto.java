package com.clinova.console.api;

import com.clinova.tenancy.api.ClinicPlan;
import com.clinova.tenancy.api.ClinicPlan.FeatureState;
import com.clinova.tenancy.api.ClinicPlan.QuotaState;
import com.clinova.tenancy.api.OverrideNote;
import java.time.Instant;
import java.util.List;

/**
 * A clinic's plan for the admin API: every feature and quota with its source ({@code plan} or
 * {@code override}). A limit is a number, or absent with {@code unlimited: true}; {@code used} is
 * absent for quotas the product does not count yet.
 */
public record ClinicPlanDto(
        String tenantId, String planCode, String planName, List<FeatureDto> features, List<QuotaDto> quotas) {

    public record OverrideDto(
            Boolean enabled, Long limit, Boolean unlimited, String reason, String setBy, Instant setAt) {}

    public record FeatureDto(String code, boolean enabled, boolean inPlan, String source, OverrideDto override) {}

    public record QuotaDto(
            String code,
            Long limit,
            boolean unlimited,
            Long planLimit,
            boolean planUnlimited,
            String source,
            Long used,
            Integer percent,
            boolean nearLimit,
            boolean reached,
            OverrideDto override) {}

    static ClinicPlanDto of(ClinicPlan plan) {
        return new ClinicPlanDto(
                plan.tenant().toString(),
                plan.plan().code(),
                plan.plan().name(),
                plan.features().stream().map(ClinicPlanDto::feature).toList(),
                plan.quotas().stream().map(ClinicPlanDto::quota).toList());
    }

    private static FeatureDto feature(FeatureState f) {
        OverrideDto override = f.overridden()
                ? note(f.override().enabled(), null, null, f.override().note())
                : null;
        return new FeatureDto(f.code(), f.enabled(), f.inPlan(), f.overridden() ? "override" : "plan", override);
    }

    private static QuotaDto quota(QuotaState q) {
        OverrideDto override = q.overridden()
                ? note(
                        null,
                        q.override().limit().max(),
                        q.override().limit().isUnlimited(),
                        q.override().note())
                : null;
        boolean counted = q.used() != null;
        return new QuotaDto(
                q.code(),
                q.limit().max(),
                q.limit().isUnlimited(),
                q.planLimit().max(),
                q.planLimit().isUnlimited(),
                q.overridden() ? "override" : "plan",
                q.used(),
                counted && !q.limit().isUnlimited() ? q.percent() : null,
                q.nearLimit(),
                counted && q.usage().reached(),
                override);
    }

    private static OverrideDto note(Boolean enabled, Long limit, Boolean unlimited, OverrideNote note) {
        return new OverrideDto(enabled, limit, unlimited, note.reason(), note.setBy(), note.setAt());
    }
}
