package com.clinova.web.api.practice;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.practice.api.LocationService;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.Versioned;
import com.clinova.web.api.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A room of the host's clinic; rooms are opened at their location ({@code POST /locations/{id}/rooms}). */
@Path("rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class RoomResource {

    @EJB
    LocationService locations;

    @GET
    @Path("{id}")
    @Operation(summary = "Read a room")
    @APIResponse(responseCode = "200", description = "The room, with its ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match")
    @APIResponse(responseCode = "404", description = "No such room in this clinic")
    public Response read(@PathParam("id") String id, @Context Request request) {
        Versioned<RoomView> room = load(id);
        EntityTag tag = EntityTags.of(room.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(RoomDto.of(room)).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Rename a room or (de)activate it (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid name")
    @APIResponse(responseCode = "404", description = "No such room in this clinic")
    @APIResponse(responseCode = "409", description = "Another room at the location has this name")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response change(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RoomInput input) {
        UUID roomId = Ids.ofPath(id);
        Preconditions.require(ifMatch);
        long version = Preconditions.version(ifMatch, load(id).version());
        RoomInput body = Preconditions.body(input);
        Versioned<RoomView> changed = locations.changeRoom(roomId, version, body.name(), body.isActive());
        return Response.ok(RoomDto.of(changed))
                .tag(EntityTags.of(changed.version()))
                .build();
    }

    private Versioned<RoomView> load(String id) {
        UUID roomId = Ids.ofPath(id);
        return locations.findRoom(roomId).orElseThrow(() -> new ResourceNotFoundException("Room", roomId));
    }
}
