package com.clinova.web.api.branding;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.tenancy.api.CustomDomainService;
import com.clinova.tenancy.api.CustomDomainView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The clinic's custom domains (clinic admins). A claimed domain is pending until the clinic
 * publishes the DNS TXT record it is given and asks for verification; only then does the portal
 * answer at that domain. Removing a domain stops that at once.
 */
@Path("branding/domains")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(CLINIC_ADMIN)
public class CustomDomainResource {

    @EJB
    CustomDomainService domains;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The clinic's custom domains, active and pending")
    @APIResponse(responseCode = "200", description = "Active domains first, then pending claims")
    @APIResponse(responseCode = "403", description = "Not a clinic admin")
    public CustomDomainDto.ListDto list() {
        return new CustomDomainDto.ListDto(
                domains.domains().stream().map(CustomDomainDto::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim a domain: answers the DNS TXT record that proves control of it")
    @APIResponse(responseCode = "201", description = "Claimed (pending); Location is the domain")
    @APIResponse(responseCode = "400", description = "Not a domain a clinic may claim")
    @APIResponse(responseCode = "403", description = "Not a clinic admin")
    @APIResponse(
            responseCode = "409",
            description = "Another clinic serves it, or this clinic has it already (domain-taken)")
    public Response claim(DomainInput input) {
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        CustomDomainView claimed = domains.claim(input.domain());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(claimed.domain()).build())
                .entity(CustomDomainDto.of(claimed))
                .build();
    }

    @GET
    @Path("{domain}")
    @Operation(summary = "One of the clinic's domains")
    @APIResponse(responseCode = "200", description = "The domain and, while pending, its verification record")
    @APIResponse(responseCode = "403", description = "Not a clinic admin")
    @APIResponse(responseCode = "404", description = "Not a domain of this clinic")
    public CustomDomainDto read(@PathParam("domain") String domain) {
        return CustomDomainDto.of(domains.domain(domain));
    }

    @POST
    @Path("{domain}/verification")
    @Operation(summary = "Look up the domain's TXT record now; found, the domain becomes active")
    @APIResponse(responseCode = "200", description = "Active")
    @APIResponse(responseCode = "403", description = "Not a clinic admin")
    @APIResponse(responseCode = "404", description = "Not a domain of this clinic")
    @APIResponse(
            responseCode = "409",
            description = "Record missing or different (domain-not-verified), or another clinic has just"
                    + " activated it (domain-taken)")
    public CustomDomainDto verify(@PathParam("domain") String domain) {
        return CustomDomainDto.of(domains.verify(domain));
    }

    @DELETE
    @Path("{domain}")
    @Operation(summary = "Remove a domain: it stops reaching the clinic at once")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not a clinic admin")
    @APIResponse(responseCode = "404", description = "Not a domain of this clinic")
    public Response remove(@PathParam("domain") String domain) {
        domains.remove(domain);
        return Response.noContent().build();
    }
}
