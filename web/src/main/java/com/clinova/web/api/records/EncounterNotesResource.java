package com.clinova.web.api.records;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.records.api.EncounterId;
import com.clinova.records.api.NoteView;
import com.clinova.records.api.TreatmentNoteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

/** The treatment notes of an encounter: list them, or start a draft. */
@Path("encounters/{encounterId}/notes")
@RequestScoped
@NoStore
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({PRACTITIONER, CLINIC_ADMIN})
public class EncounterNotesResource {

    @EJB
    TreatmentNoteService notes;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "An encounter's notes in writing order, each with its amendments")
    @APIResponse(responseCode = "200", description = "The notes (drafts included)")
    @APIResponse(responseCode = "403", description = "Not a clinical role")
    @APIResponse(responseCode = "404", description = "No such encounter in this clinic")
    public NoteListDto list(@PathParam("encounterId") String encounterId) {
        return new NoteListDto(notes.ofEncounter(encounter(encounterId)).stream()
                .map(NoteDto::of)
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PRACTITIONER)
    @Operation(summary = "Start a draft note, written by the caller")
    @APIResponse(responseCode = "201", description = "Draft created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid or empty content (problem with errors)")
    @APIResponse(responseCode = "403", description = "Not a practitioner")
    @APIResponse(responseCode = "404", description = "No such encounter in this clinic")
    @APIResponse(responseCode = "409", description = "The encounter holds as many notes as it may (encounter-full)")
    public Response draft(@PathParam("encounterId") String encounterId, NoteInput input) {
        EncounterId encounter = encounter(encounterId);
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        NoteView created = notes.draft(encounter, input.toContent());
        return Response.created(uri.getBaseUriBuilder()
                        .path("notes")
                        .path(created.id().toString())
                        .build())
                .tag(NoteResource.tagOf(created))
                .entity(NoteDto.of(created))
                .build();
    }

    private static EncounterId encounter(String id) {
        return EncounterId.parse(id).orElseThrow(NotFoundException::new);
    }
}
