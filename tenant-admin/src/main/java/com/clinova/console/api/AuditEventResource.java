package com.clinova.console.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.PlatformAuditEntry;
import com.clinova.tenancy.api.PlatformAuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** The platform audit trail, newest first: operators only. */
@Path("audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    @EJB
    PlatformAuditTrail trail;

    @Inject
    Callers callers;

    public record AuditEventList(List<PlatformAuditEntry> items) {}

    @GET
    public AuditEventList list(
            @QueryParam("tenantId") String tenantId, @QueryParam("limit") @DefaultValue("50") String limit) {
        callers.requireOperator();
        return new AuditEventList(trail.recent(tenant(tenantId), Limits.parse(limit, 200)));
    }

    private static Optional<TenantId> tenant(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TenantId.of(id));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("tenantId", "tenantId must be a clinic's id (a UUID).");
        }
    }
}
