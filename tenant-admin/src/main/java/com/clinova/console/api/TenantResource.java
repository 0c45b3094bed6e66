package com.clinova.console.api;

import com.clinova.console.security.ConsoleUser;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.Onboarding;
import com.clinova.tenancy.api.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clinics. Operators list, read and create any; a clinic administrator reads only their own
 * (another clinic's id is a 404, exactly like an id that does not exist).
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @EJB
    TenantRegistry registry;

    @EJB
    Onboarding onboarding;

    @Inject
    Callers callers;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "clinova.base-domain", defaultValue = "localhost")
    String baseDomain;

    public record TenantList(List<TenantDto> items) {}

    @GET
    public TenantList list(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("50") String limit) {
        callers.requireOperator();
        return new TenantList(registry.list(Optional.ofNullable(query), Limits.parse(limit, 200)).stream()
                .map(t -> TenantDto.of(t, baseDomain, request))
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Idempotency-Key") String key, SignUpInput body) {
        callers.requireOperator();
        if (body == null) {
            throw new RuleViolationException("request", "Send the clinic as a JSON object.");
        }
        return SignUpResource.created(onboarding.provision(body.toSignUp(), key, callers.actor()), request);
    }

    @GET
    @Path("{id}")
    public TenantDto read(@PathParam("id") String id) {
        ConsoleUser caller = callers.current();
        TenantId tenant = parse(id);
        if (!caller.isOperator() && !caller.clinic().equals(Optional.of(tenant))) {
            throw new ResourceNotFoundException("tenant", id);
        }
        return registry.find(tenant)
                .map(t -> TenantDto.of(t, baseDomain, request))
                .orElseThrow(() -> new ResourceNotFoundException("tenant", id));
    }

    private static TenantId parse(String id) {
        try {
            return TenantId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException("tenant", id);
        }
    }
}
