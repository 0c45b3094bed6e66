package com.clinova.web.api.records;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.records.api.ExpectedVersions;
import com.clinova.records.api.NoteId;
import com.clinova.records.api.NoteNotFoundException;
import com.clinova.records.api.NoteView;
import com.clinova.records.api.TreatmentNoteService;
import com.clinova.web.api.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Treatment notes: read, revise and sign a draft (its author, with {@code If-Match}), amend a
 * signed note. A signed note answers every change with 409 {@code note-signed}.
 */
@Path("notes")
@RequestScoped
@NoStore
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({PRACTITIONER, CLINIC_ADMIN})
public class NoteResource {

    private static final int PRECONDITION_REQUIRED = 428;

    @EJB
    TreatmentNoteService notes;

    @Context
    UriInfo uri;

    /**
     * A draft's tag is its version, which {@code If-Match} names. A signed note's representation
     * also changes when it is amended, so its tag counts the amendments too; such a tag matches
     * no draft version, and no change of a signed note is possible anyway.
     */
    static EntityTag tagOf(NoteView note) {
        return note.isSigned()
                ? new EntityTag(note.version() + "-" + note.amendments().size())
                : EntityTags.of(note.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a note with its amendments, or an amendment")
    @APIResponse(responseCode = "200", description = "The note, with its ETag")
    @APIResponse(responseCode = "403", description = "Not a clinical role")
    @APIResponse(responseCode = "404", description = "No such note in this clinic")
    public Response read(@PathParam("id") String id) {
        NoteId noteId = parse(id);
        NoteView note = notes.find(noteId).orElseThrow(() -> new NoteNotFoundException(noteId));
        return Response.ok(NoteDto.of(note)).tag(tagOf(note)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PRACTITIONER)
    @Operation(summary = "Replace a draft's content (its author; If-Match required)")
    @APIResponse(responseCode = "200", description = "Revised; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid or empty content")
    @APIResponse(responseCode = "403", description = "Not a practitioner, or not the draft's author (not-note-author)")
    @APIResponse(responseCode = "404", description = "No such note in this clinic")
    @APIResponse(responseCode = "409", description = "The note is signed (note-signed)")
    @APIResponse(responseCode = "412", description = "Changed since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NoteInput input) {
        NoteId noteId = parse(id);
        ExpectedVersions expected = expected(ifMatch);
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        return answer(notes.revise(noteId, expected, input.toContent()));
    }

    @POST
    @Path("{id}/sign")
    @RolesAllowed(PRACTITIONER)
    @Operation(summary = "Sign a draft as read (its author; If-Match required); it never changes again")
    @APIResponse(responseCode = "200", description = "Signed; new ETag")
    @APIResponse(responseCode = "403", description = "Not a practitioner, or not the draft's author (not-note-author)")
    @APIResponse(responseCode = "404", description = "No such note in this clinic")
    @APIResponse(responseCode = "409", description = "Already signed (note-signed)")
    @APIResponse(responseCode = "412", description = "Changed since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response sign(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        NoteId noteId = parse(id);
        return answer(notes.sign(noteId, expected(ifMatch)));
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PRACTITIONER)
    @Operation(summary = "Correct a signed note with an amendment, signed by the caller as written")
    @APIResponse(responseCode = "201", description = "Amendment added; Location set")
    @APIResponse(responseCode = "400", description = "No reason, or invalid or empty content")
    @APIResponse(responseCode = "403", description = "Not a practitioner")
    @APIResponse(responseCode = "404", description = "No such note in this clinic")
    @APIResponse(
            responseCode = "409",
            description = "A draft or an amendment (amendment-not-allowed), or encounter-full")
    public Response amend(@PathParam("id") String id, AmendmentInput input) {
        NoteId noteId = parse(id);
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        NoteView amendment = notes.amend(noteId, input.reason(), input.toContent());
        return Response.created(uri.getBaseUriBuilder()
                        .path("notes")
                        .path(amendment.id().toString())
                        .build())
                .tag(tagOf(amendment))
                .entity(NoteDto.of(amendment))
                .build();
    }

    private static Response answer(NoteView note) {
        return Response.ok(NoteDto.of(note)).tag(tagOf(note)).build();
    }

    /** Same If-Match reading as every other resource of the API, in the records context's terms. */
    private static ExpectedVersions expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(PRECONDITION_REQUIRED);
        }
        ExpectedVersion parsed = EntityTags.expected(ifMatch);
        return new ExpectedVersions(parsed.any(), parsed.versions());
    }

    private static NoteId parse(String id) {
        return NoteId.parse(id).orElseThrow(NotFoundException::new);
    }
}
