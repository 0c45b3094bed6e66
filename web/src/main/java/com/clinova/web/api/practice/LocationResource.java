package com.clinova.web.api.practice;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.practice.api.LocationService;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.Page;
import com.clinova.practice.api.RoomView;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The locations of the host's clinic and the rooms at each. */
@Path("locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class LocationResource {

    static final String LIST = "locations";

    @EJB
    LocationService locations;

    @Inject
    PracticeCursors cursors;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List locations (name order, keyset pagination)")
    @APIResponse(responseCode = "200", description = "A page of locations, active and inactive")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    public PageDto<LocationDto> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        ListParameters parameters = ListParameters.parse(LIST, limit, cursor, cursors);
        Page<Versioned<LocationView>> page = locations.list(parameters.after(), parameters.limit());
        return new PageDto<>(
                page.items().stream().map(LocationDto::of).toList(),
                page.next().map(k -> cursors.encode(LIST, k)).orElse(null),
                parameters.limit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Open a location")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid details (problem with errors)")
    @APIResponse(responseCode = "409", description = "Another location has this name")
    public Response open(LocationInput input) {
        Versioned<LocationView> created =
                locations.open(Preconditions.body(input).details());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.value().id().toString())
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(LocationDto.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a location")
    @APIResponse(responseCode = "200", description = "The location, with its ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match")
    @APIResponse(responseCode = "404", description = "No such location in this clinic")
    public Response read(@PathParam("id") String id, @Context Request request) {
        Versioned<LocationView> location = load(id);
        EntityTag tag = EntityTags.of(location.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(LocationDto.of(location)).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Replace a location's details or (de)activate it (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid details")
    @APIResponse(responseCode = "404", description = "No such location in this clinic")
    @APIResponse(responseCode = "409", description = "Another location has this name")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response change(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LocationInput input) {
        UUID locationId = Ids.ofPath(id);
        Preconditions.require(ifMatch);
        long version = Preconditions.version(ifMatch, load(id).version());
        LocationInput body = Preconditions.body(input);
        Versioned<LocationView> changed = locations.change(locationId, version, body.details(), body.isActive());
        return Response.ok(LocationDto.of(changed))
                .tag(EntityTags.of(changed.version()))
                .build();
    }

    @GET
    @Path("{id}/rooms")
    @Operation(summary = "List the rooms of a location (name order)")
    @APIResponse(responseCode = "200", description = "Every room at the location, active and inactive")
    @APIResponse(responseCode = "404", description = "No such location in this clinic")
    public List<RoomDto> rooms(@PathParam("id") String id) {
        return locations.rooms(Ids.ofPath(id)).stream().map(RoomDto::listed).toList();
    }

    @POST
    @Path("{id}/rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Open a room at a location")
    @APIResponse(responseCode = "201", description = "Created; Location (the room's URL) and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid name, or the location is inactive")
    @APIResponse(responseCode = "404", description = "No such location in this clinic")
    @APIResponse(responseCode = "409", description = "Another room at the location has this name")
    public Response openRoom(@PathParam("id") String id, RoomInput input) {
        Versioned<RoomView> created =
                locations.openRoom(Ids.ofPath(id), Preconditions.body(input).name());
        return Response.created(uri.getBaseUriBuilder()
                        .path(RoomResource.class)
                        .path(created.value().id().toString())
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(RoomDto.of(created))
                .build();
    }

    private Versioned<LocationView> load(String id) {
        UUID locationId = Ids.ofPath(id);
        return locations.find(locationId).orElseThrow(() -> new ResourceNotFoundException("Location", locationId));
    }
}
