package com.clinova.web.api.practice;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.practice.api.Page;
import com.clinova.practice.api.PractitionerService;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.Versioned;
import com.clinova.practice.api.WorkingWeekView;
import com.clinova.web.api.EntityTags;
import com.clinova.web.plan.QuotaWarnings;
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

/** The practitioners of the host's clinic and their weekly working hours. */
@Path("practitioners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class PractitionerResource {

    static final String LIST = "practitioners";

    @EJB
    PractitionerService practitioners;

    @Inject
    PracticeCursors cursors;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List practitioners (display-name order, keyset pagination)")
    @APIResponse(responseCode = "200", description = "A page of practitioners, active and inactive")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    public PageDto<PractitionerDto> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        ListParameters parameters = ListParameters.parse(LIST, limit, cursor, cursors);
        Page<Versioned<PractitionerView>> page = practitioners.list(parameters.after(), parameters.limit());
        return new PageDto<>(
                page.items().stream().map(PractitionerDto::of).toList(),
                page.next().map(k -> cursors.encode(LIST, k)).orElse(null),
                parameters.limit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Register a practitioner, optionally linked to a staff account (userId)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid details or no such staff account")
    @APIResponse(responseCode = "409", description = "The staff account is linked to another practitioner")
    @APIResponse(
            responseCode = "403",
            description = "The plan's practitioners limit is reached (quota-exceeded, with quota, limit and used)")
    public Response register(PractitionerInput input) {
        PractitionerInput body = Preconditions.body(input);
        Versioned<PractitionerView> created = practitioners.register(body.details(), body.account(practitioners));
        Response.ResponseBuilder response = Response.created(uri.getAbsolutePathBuilder()
                        .path(created.value().id().toString())
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(PractitionerDto.of(created));
        return QuotaWarnings.warn(response, practitioners.quotaUsage()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a practitioner")
    @APIResponse(responseCode = "200", description = "The practitioner, with its ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match")
    @APIResponse(responseCode = "404", description = "No such practitioner in this clinic")
    public Response read(@PathParam("id") String id, @Context Request request) {
        Versioned<PractitionerView> practitioner = load(id);
        EntityTag tag = EntityTags.of(practitioner.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(PractitionerDto.of(practitioner)).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Replace a practitioner's details and account link, or (de)activate (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid details or no such staff account")
    @APIResponse(responseCode = "404", description = "No such practitioner in this clinic")
    @APIResponse(responseCode = "409", description = "The staff account is linked to another practitioner")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response change(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PractitionerInput input) {
        UUID practitionerId = Ids.ofPath(id);
        Preconditions.require(ifMatch);
        long version = Preconditions.version(ifMatch, load(id).version());
        PractitionerInput body = Preconditions.body(input);
        Versioned<PractitionerView> changed = practitioners.change(
                practitionerId, version, body.details(), body.account(practitioners), body.isActive());
        return Response.ok(PractitionerDto.of(changed))
                .tag(EntityTags.of(changed.version()))
                .build();
    }

    @GET
    @Path("{id}/working-hours")
    @Operation(summary = "Read a practitioner's weekly working hours (every location)")
    @APIResponse(responseCode = "200", description = "The week, with its ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match")
    @APIResponse(responseCode = "404", description = "No such practitioner in this clinic")
    public Response week(@PathParam("id") String id, @Context Request request) {
        WorkingWeekView week = practitioners.week(Ids.ofPath(id));
        EntityTag tag = new EntityTag(week.tag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(WorkingWeekDto.of(week)).tag(tag).build();
    }

    @PUT
    @Path("{id}/working-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Replace a practitioner's whole week (If-Match required)")
    @APIResponse(responseCode = "200", description = "Replaced; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid or overlapping blocks (errors name blocks[i])")
    @APIResponse(responseCode = "404", description = "No such practitioner in this clinic")
    @APIResponse(responseCode = "409", description = "A concurrent change made the blocks overlap")
    @APIResponse(responseCode = "412", description = "The week changed since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceWeek(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WorkingWeekInput input) {
        UUID practitionerId = Ids.ofPath(id);
        Preconditions.require(ifMatch);
        String current = practitioners.week(practitionerId).tag();
        if (!EntityTags.matches(ifMatch, current)) {
            throw new StaleVersionException("Working week", 0);
        }
        WorkingWeekView replaced = practitioners.replaceWeek(
                practitionerId, current, Preconditions.body(input).toBlocks());
        return Response.ok(WorkingWeekDto.of(replaced))
                .tag(new EntityTag(replaced.tag()))
                .build();
    }

    private Versioned<PractitionerView> load(String id) {
        UUID practitionerId = Ids.ofPath(id);
        return practitioners
                .find(practitionerId)
                .orElseThrow(() -> new ResourceNotFoundException("Practitioner", practitionerId));
    }
}
