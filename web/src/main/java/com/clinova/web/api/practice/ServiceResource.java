package com.clinova.web.api.practice;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.practice.api.OfferingService;
import com.clinova.practice.api.Page;
import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.Versioned;
import com.clinova.web.api.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The services (treatments) the host's clinic offers. */
@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class ServiceResource {

    static final String LIST = "services";

    @EJB
    OfferingService services;

    @Inject
    PracticeCursors cursors;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List services (name order, keyset pagination)")
    @APIResponse(responseCode = "200", description = "A page of services, active and inactive")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    public PageDto<ServiceDto> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        ListParameters parameters = ListParameters.parse(LIST, limit, cursor, cursors);
        Page<Versioned<ServiceView>> page = services.list(parameters.after(), parameters.limit());
        return new PageDto<>(
                page.items().stream().map(ServiceDto::of).toList(),
                page.next().map(k -> cursors.encode(LIST, k)).orElse(null),
                parameters.limit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Offer a service (priced in the clinic's currency)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid details, or unknown or inactive practitioners or rooms")
    @APIResponse(responseCode = "409", description = "Another service has this name")
    public Response offer(ServiceInput input) {
        Versioned<ServiceView> created =
                services.offer(Preconditions.body(input).details(services));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.value().id().toString())
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(ServiceDto.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a service")
    @APIResponse(responseCode = "200", description = "The service, with its ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match")
    @APIResponse(responseCode = "404", description = "No such service in this clinic")
    public Response read(@PathParam("id") String id, @Context Request request) {
        Versioned<ServiceView> service = load(id);
        EntityTag tag = EntityTags.of(service.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(ServiceDto.of(service)).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Replace a service's details and assignments, or (de)activate it (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid details")
    @APIResponse(responseCode = "404", description = "No such service in this clinic")
    @APIResponse(responseCode = "409", description = "Another service has this name")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response change(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ServiceInput input) {
        UUID serviceId = Ids.ofPath(id);
        Preconditions.require(ifMatch);
        long version = Preconditions.version(ifMatch, load(id).version());
        ServiceInput body = Preconditions.body(input);
        Versioned<ServiceView> changed = services.change(serviceId, version, body.details(services), body.isActive());
        return Response.ok(ServiceDto.of(changed))
                .tag(EntityTags.of(changed.version()))
                .build();
    }

    private Versioned<ServiceView> load(String id) {
        UUID serviceId = Ids.ofPath(id);
        return services.find(serviceId).orElseThrow(() -> new ResourceNotFoundException("Service", serviceId));
    }
}
