package com.clinova.web.api.records;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.EncounterNotFoundException;
import com.clinova.records.api.EncounterPage;
import com.clinova.records.api.EncounterQuery;
import com.clinova.records.api.EncounterService;
import com.clinova.records.api.EncounterView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Encounters: the clinical side of appointments. Practitioners open them; admins read them too. */
@Path("encounters")
@RequestScoped
@NoStore
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({PRACTITIONER, CLINIC_ADMIN})
public class EncounterResource {

    static final String PATH = "/api/v1/encounters";

    @EJB
    EncounterService encounters;

    @Inject
    EncounterCursors cursors;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PRACTITIONER)
    @Operation(summary = "Open the encounter of a checked-in or completed appointment")
    @APIResponse(responseCode = "201", description = "Opened; Location set")
    @APIResponse(responseCode = "400", description = "No appointmentId, or not an appointment of this clinic")
    @APIResponse(responseCode = "403", description = "Not a practitioner")
    @APIResponse(
            responseCode = "409",
            description =
                    "Appointment not checked in (appointment-not-checked-in) or encounter exists (encounter-exists)")
    public Response open(OpenEncounterInput input) {
        UUID appointment = Optional.ofNullable(input)
                .map(OpenEncounterInput::appointmentId)
                .flatMap(EncounterResource::uuid)
                .orElseThrow(() -> new RuleViolationException("appointmentId", "must be the id of an appointment"));
        EncounterView opened = encounters.open(appointment);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(opened.id().toString())
                        .build())
                .entity(EncounterDto.of(opened))
                .build();
    }

    @GET
    @Operation(summary = "A patient's encounters, newest first (keyset pagination), or the encounter of an appointment")
    @APIResponse(responseCode = "200", description = "A page of encounters")
    @APIResponse(
            responseCode = "400",
            description = "Not exactly one of patientId and appointmentId, or a bad limit or cursor")
    @APIResponse(responseCode = "403", description = "Not a clinical role")
    public EncounterListDto list(
            @Parameter(description = "Whose encounters") @QueryParam("patientId") String patientId,
            @Parameter(description = "The appointment whose encounter (0 or 1 items)") @QueryParam("appointmentId")
                    String appointmentId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        EncounterListParameters parameters = new EncounterListParameters(patientId, appointmentId, limit, cursor);
        Optional<UUID> appointment = parameters.appointment();
        if (appointment.isPresent()) {
            List<EncounterDto> found = encounters.ofAppointment(appointment.get()).map(EncounterDto::of).stream()
                    .toList();
            return new EncounterListDto(found, null, 1);
        }
        EncounterQuery query = parameters.toQuery(cursors);
        EncounterPage page = encounters.ofPatient(query);
        return new EncounterListDto(
                page.items().stream().map(EncounterDto::of).toList(),
                page.next().map(key -> cursors.encode(query.patientId(), key)).orElse(null),
                query.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an encounter")
    @APIResponse(responseCode = "200", description = "The encounter")
    @APIResponse(responseCode = "403", description = "Not a clinical role")
    @APIResponse(responseCode = "404", description = "No such encounter in this clinic")
    public EncounterDto read(@PathParam("id") String id) {
        EncounterId encounterId = EncounterId.parse(id).orElseThrow(NotFoundException::new);
        return encounters
                .find(encounterId)
                .map(EncounterDto::of)
                .orElseThrow(() -> new EncounterNotFoundException(encounterId));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
