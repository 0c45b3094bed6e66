package com.clinova.web.api.practice;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.ScheduleExceptionService;
import com.clinova.practice.api.ScheduleExceptionView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Holidays, closures and absences of the host's clinic. Listed by a bounded date range rather than
 * paginated: a range of at most a year holds a clinic's exceptions of that year.
 */
@Path("schedule-exceptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class ScheduleExceptionResource {

    @EJB
    ScheduleExceptionService exceptions;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List exceptions overlapping a range of days (clinic time zone)")
    @APIResponse(responseCode = "200", description = "The exceptions, by start")
    @APIResponse(responseCode = "400", description = "Missing or invalid from/to, or a range over 366 days")
    public List<ScheduleExceptionDto> list(
            @Parameter(description = "First day (YYYY-MM-DD), included") @QueryParam("from") String from,
            @Parameter(description = "Last day (YYYY-MM-DD), included") @QueryParam("to") String to) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate first = day("from", from, violations);
        LocalDate last = day("to", to, violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return exceptions.between(first, last).stream()
                .map(ScheduleExceptionDto::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Declare a holiday, a location's closure or a practitioner's absence")
    @APIResponse(responseCode = "201", description = "Created; Location set")
    @APIResponse(responseCode = "400", description = "Invalid kind, subject or times (problem with errors)")
    public Response declare(ScheduleExceptionInput input) {
        ScheduleExceptionView created =
                exceptions.declare(Preconditions.body(input).details(exceptions));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(ScheduleExceptionDto.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an exception")
    @APIResponse(responseCode = "200", description = "The exception")
    @APIResponse(responseCode = "404", description = "No such exception in this clinic")
    public ScheduleExceptionDto read(@PathParam("id") String id) {
        UUID exceptionId = Ids.ofPath(id);
        return exceptions
                .find(exceptionId)
                .map(ScheduleExceptionDto::of)
                .orElseThrow(() -> new ResourceNotFoundException("Schedule exception", exceptionId));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CLINIC_ADMIN)
    @Operation(summary = "Delete an exception")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such exception in this clinic")
    public Response delete(@PathParam("id") String id) {
        exceptions.delete(Ids.ofPath(id));
        return Response.noContent().build();
    }

    private static LocalDate day(String field, String text, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new FieldViolation(field, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }
}
