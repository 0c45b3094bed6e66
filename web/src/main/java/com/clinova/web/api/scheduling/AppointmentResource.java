package com.clinova.web.api.scheduling;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.scheduling.api.AppointmentId;
import com.clinova.scheduling.api.AppointmentNotFoundException;
import com.clinova.scheduling.api.AppointmentPage;
import com.clinova.scheduling.api.AppointmentService;
import com.clinova.scheduling.api.AppointmentView;
import com.clinova.scheduling.api.CalendarQuery;
import com.clinova.scheduling.api.Rescheduling;
import com.clinova.web.api.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The appointments of the host's clinic: booking (or holding) a time, reading one, calendars by
 * practitioner, location or patient, and the state changes, each a POST to a sub-resource guarded
 * by If-Match like every update (428 without it, 412 when stale).
 */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class AppointmentResource {

    private static final int PRECONDITION_REQUIRED = 428;

    @EJB
    AppointmentService appointments;

    @Inject
    AppointmentCursors cursors;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    @Operation(summary = "Book a time, or hold it for a few minutes (\"hold\": true) until confirmed")
    @APIResponse(responseCode = "201", description = "Booked or held; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid request (problem with errors)")
    @APIResponse(
            responseCode = "409",
            description = "The practitioner, room or patient is taken then (appointment-conflict, member resource)")
    public Response book(BookingInput input) {
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        AppointmentView booked = appointments.book(input.toRequest(appointments));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(booked.id().toString())
                        .build())
                .tag(EntityTags.of(booked.version()))
                .entity(AppointmentDto.of(booked))
                .build();
    }

    @GET
    @Operation(summary = "A calendar: appointments of a practitioner, location or patient overlapping [from, to)")
    @APIResponse(responseCode = "200", description = "A page of appointments in start order")
    @APIResponse(responseCode = "400", description = "Invalid filters, range (at most 31 days), limit or cursor")
    public AppointmentListDto calendar(
            @QueryParam("practitionerId") String practitionerId,
            @QueryParam("locationId") String locationId,
            @QueryParam("patientId") String patientId,
            @Parameter(description = "Date-time with offset, e.g. 2026-12-01T00:00:00+01:00") @QueryParam("from")
                    String from,
            @Parameter(description = "Date-time with offset; at most 31 days after from") @QueryParam("to") String to,
            @Parameter(description = "Only these statuses (repeat or comma-separate)") @QueryParam("status")
                    List<String> statuses,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        CalendarQuery query = new CalendarParameters(
                        practitionerId, locationId, patientId, from, to, statuses, limit, cursor)
                .toQuery(cursors);
        AppointmentPage page = appointments.calendar(query);
        return new AppointmentListDto(
                page.items().stream().map(AppointmentDto::of).toList(),
                page.next().map(cursors::encode).orElse(null),
                query.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an appointment")
    @APIResponse(responseCode = "200", description = "The appointment, with its ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match")
    @APIResponse(responseCode = "404", description = "No such appointment in this clinic")
    public Response read(@PathParam("id") String id, @Context Request request) {
        AppointmentId appointmentId = AppointmentId.parse(id).orElseThrow(NotFoundException::new);
        AppointmentView appointment =
                appointments.find(appointmentId).orElseThrow(() -> new AppointmentNotFoundException(appointmentId));
        EntityTag tag = EntityTags.of(appointment.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(AppointmentDto.of(appointment)).tag(tag).build();
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    @Operation(summary = "Confirm a hold (If-Match required)")
    @APIResponse(responseCode = "200", description = "Booked; new ETag")
    @APIResponse(responseCode = "409", description = "Not a live hold any more (appointment-state)")
    public Response confirm(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(id, ifMatch, (appointment, version) -> appointments.confirm(appointment, version));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    @Operation(summary = "Cancel a hold or booking, with a reason (If-Match required)")
    @APIResponse(responseCode = "200", description = "Cancelled; the time is free again")
    @APIResponse(responseCode = "400", description = "No reason")
    public Response cancel(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CancelInput input) {
        String reason = input == null ? null : input.reason();
        return changed(id, ifMatch, (appointment, version) -> appointments.cancel(appointment, version, reason));
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    @Operation(summary = "Move a booking to another time, practitioner or room (If-Match required)")
    @APIResponse(responseCode = "200", description = "Moved; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid new time or ids")
    @APIResponse(responseCode = "409", description = "The new time is taken (appointment-conflict)")
    public Response reschedule(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RescheduleInput input) {
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        Rescheduling to = input.toRescheduling();
        return changed(id, ifMatch, (appointment, version) -> appointments.reschedule(appointment, version, to));
    }

    @POST
    @Path("{id}/check-in")
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER})
    @Operation(summary = "The patient has arrived (If-Match required)")
    @APIResponse(responseCode = "200", description = "Checked in; new ETag")
    public Response checkIn(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(id, ifMatch, (appointment, version) -> appointments.checkIn(appointment, version));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({CLINIC_ADMIN, PRACTITIONER})
    @Operation(summary = "The practitioner has seen the patient (If-Match required)")
    @APIResponse(responseCode = "200", description = "Completed; new ETag")
    public Response complete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(id, ifMatch, (appointment, version) -> appointments.complete(appointment, version));
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER})
    @Operation(summary = "The patient did not come (after the start; If-Match required)")
    @APIResponse(responseCode = "200", description = "Marked as no-show; the time is free again")
    public Response noShow(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(id, ifMatch, (appointment, version) -> appointments.markNoShow(appointment, version));
    }

    /**
     * One state change guarded by If-Match: 428 without the header, 404 for an unknown id, 412
     * when no listed ETag is the current version (checked by the change itself, which reads the
     * appointment once); the answer carries the new ETag.
     */
    private Response changed(String id, String ifMatch, Change change) {
        AppointmentId appointmentId = AppointmentId.parse(id).orElseThrow(NotFoundException::new);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(PRECONDITION_REQUIRED);
        }
        AppointmentView changed = change.apply(appointmentId, EntityTags.expected(ifMatch));
        return Response.ok(AppointmentDto.of(changed))
                .tag(EntityTags.of(changed.version()))
                .build();
    }

    @FunctionalInterface
    private interface Change {
        AppointmentView apply(AppointmentId appointment, ExpectedVersion expected);
    }
}
