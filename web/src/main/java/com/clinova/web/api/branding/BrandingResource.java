package com.clinova.web.api.branding;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.tenancy.api.BrandingService;
import com.clinova.tenancy.api.BrandingView;
import com.clinova.web.api.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.function.LongPredicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The host's clinic's branding: display name, colours and logo. Every staff member reads it;
 * clinic admins change it, guarded by its ETag. The portal, its sign-in and error pages and
 * invoice PDFs show a change with the next request, on every node.
 */
@Path("branding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, PRACTITIONER, FRONT_DESK, BILLING})
public class BrandingResource {

    private static final int PRECONDITION_REQUIRED = 428;

    @EJB
    BrandingService branding;

    @GET
    @Operation(summary = "Read the clinic's branding (name, colours, logo address)")
    @APIResponse(responseCode = "200", description = "The branding, with its ETag")
    public Response read() {
        return answer(branding.branding());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Change name and colours (clinic admins; If-Match required)")
    @APIResponse(responseCode = "200", description = "Saved; new ETag")
    @APIResponse(
            responseCode = "400",
            description = "Invalid name or colour; a colour under 4.5:1 against white text is refused (WCAG AA)")
    @APIResponse(responseCode = "403", description = "Not a clinic admin")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response rebrand(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, BrandingInput input) {
        LongPredicate expected = expected(ifMatch);
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        return answer(branding.rebrand(expected, input.toDetails()));
    }

    @PUT
    @Path("logo")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Replace the logo: a PNG or JPEG as the raw body, judged by its content (If-Match required)")
    @APIResponse(responseCode = "200", description = "Stored; the logo URL carries its new hash")
    @APIResponse(
            responseCode = "400",
            description = "Damaged or disguised image, or outside the pixel limits (logo-rejected)")
    @APIResponse(responseCode = "403", description = "Not a clinic admin")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "413", description = "Larger than the limit (logo-too-large)")
    @APIResponse(
            responseCode = "415",
            description = "Not a PNG or JPEG by content; SVG is refused (unsupported-logo-type)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceLogo(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            InputStream body) {
        LongPredicate expected = expected(ifMatch);
        byte[] image = LogoUpload.read(body, contentLength, branding.maxLogoBytes());
        return answer(branding.replaceLogo(expected, image));
    }

    @DELETE
    @Path("logo")
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Remove the logo (If-Match required)")
    @APIResponse(responseCode = "200", description = "Removed; the branding with its new ETag")
    @APIResponse(responseCode = "403", description = "Not a clinic admin")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response removeLogo(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(branding.removeLogo(expected(ifMatch)));
    }

    private static LongPredicate expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(PRECONDITION_REQUIRED);
        }
        return EntityTags.expected(ifMatch)::admits;
    }

    private static Response answer(BrandingView view) {
        return Response.ok(BrandingDto.of(view))
                .tag(EntityTags.of(view.version()))
                .build();
    }
}
