package com.clinova.web.api.billing;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.billing.api.BillingSettingsService;
import com.clinova.billing.api.BillingSettingsView;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.web.api.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The host's clinic's billing settings: tax rate, invoice prefix, legal details printed on invoices. */
@Path("billing/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, BILLING})
public class BillingSettingsResource {

    private static final int PRECONDITION_REQUIRED = 428;

    @EJB
    BillingSettingsService settings;

    @GET
    @Operation(summary = "Read the billing settings (suggestions with configured=false until saved)")
    @APIResponse(responseCode = "200", description = "The settings, with their ETag")
    public Response read() {
        BillingSettingsView view = settings.settings();
        return Response.ok(BillingSettingsDto.of(view))
                .tag(EntityTags.of(view.version()))
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Replace the billing settings (clinic admins; If-Match required, \"0\" the first time)")
    @APIResponse(responseCode = "200", description = "Saved; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid settings (problem with errors)")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, BillingSettingsInput input) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(PRECONDITION_REQUIRED);
        }
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        BillingSettingsView saved = settings.change(EntityTags.expected(ifMatch), input.toDetails(settings));
        return Response.ok(BillingSettingsDto.of(saved))
                .tag(EntityTags.of(saved.version()))
                .build();
    }
}
