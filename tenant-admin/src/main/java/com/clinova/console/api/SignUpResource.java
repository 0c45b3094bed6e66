package com.clinova.console.api;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.tenancy.api.Onboarding;
import com.clinova.tenancy.api.PlatformActor;
import com.clinova.tenancy.api.ProvisionedClinic;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Self-service sign-up, public and only on the console host. {@code Idempotency-Key} is required:
 * a retry with the same key and body answers the same clinic ({@code 200}, {@code replayed}) rather
 * than a second one ({@code 201} the first time).
 */
@Path("signups")
@RequestScoped
@PublicEndpoint
public class SignUpResource {

    @EJB
    Onboarding onboarding;

    @Inject
    Hosts hosts;

    @Inject
    HttpServletRequest request;

    public record SlugAvailability(String slug, boolean available, String reason) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signUp(@HeaderParam("Idempotency-Key") String key, SignUpInput body) {
        hosts.requireConsoleHost();
        if (body == null) {
            throw new RuleViolationException("request", "Send the sign-up as a JSON object.");
        }
        ProvisionedClinic clinic =
                onboarding.provision(body.toSignUp(), key, PlatformActor.selfService(body.adminEmail()));
        return created(clinic, request);
    }

    @GET
    @Path("slug-availability")
    @Produces(MediaType.APPLICATION_JSON)
    public SlugAvailability availability(@QueryParam("slug") String slug) {
        hosts.requireConsoleHost();
        Onboarding.SlugCheck check = onboarding.check(slug);
        return new SlugAvailability(check.slug(), check.available(), check.reason());
    }

    static Response created(ProvisionedClinic clinic, HttpServletRequest request) {
        return Response.status(clinic.replayed() ? 200 : 201)
                .entity(ProvisionedClinicDto.of(clinic, request))
                .header("Cache-Control", "no-store")
                .build();
    }
}
