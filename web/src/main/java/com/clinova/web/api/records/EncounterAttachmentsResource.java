package com.clinova.web.api.records;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.records.api.AttachmentService;
import com.clinova.records.api.AttachmentView;
import com.clinova.records.api.EncounterId;
import com.clinova.tenancy.api.Feature;
import com.clinova.web.plan.RequiresFeature;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The files of an encounter. An upload is the file itself as the request body (any declared
 * Content-Type: the bytes decide) with its name in the {@code Slug} header.
 */
@Path("encounters/{encounterId}/attachments")
@RequestScoped
@NoStore
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({PRACTITIONER, CLINIC_ADMIN})
@RequiresFeature(Feature.RECORD_ATTACHMENTS)
public class EncounterAttachmentsResource {

    @EJB
    AttachmentService attachments;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "An encounter's attachments, oldest first")
    @APIResponse(responseCode = "200", description = "The attachments' descriptions, with download links")
    @APIResponse(responseCode = "403", description = "Not a clinical role")
    @APIResponse(responseCode = "404", description = "No such encounter in this clinic")
    public AttachmentListDto list(@PathParam("encounterId") String encounterId) {
        return new AttachmentListDto(attachments.ofEncounter(encounter(encounterId)).stream()
                .map(AttachmentDto::of)
                .toList());
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(PRACTITIONER)
    @Operation(summary = "Attach a PDF, JPEG or PNG file (raw body; name in the Slug header)")
    @APIResponse(responseCode = "201", description = "Stored; Location is the download")
    @APIResponse(responseCode = "400", description = "Empty file or no Slug")
    @APIResponse(responseCode = "403", description = "Not a practitioner")
    @APIResponse(responseCode = "404", description = "No such encounter in this clinic")
    @APIResponse(
            responseCode = "409",
            description = "The encounter holds as many attachments as it may (encounter-full)")
    @APIResponse(responseCode = "413", description = "Larger than the limit (attachment-too-large)")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by content (unsupported-attachment-type)")
    public Response upload(
            @PathParam("encounterId") String encounterId,
            @Parameter(description = "The file name, percent-encoded UTF-8 (RFC 5023)") @HeaderParam("Slug")
                    String slug,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            InputStream body) {
        EncounterId encounter = encounter(encounterId);
        byte[] content = UploadedBody.read(body, contentLength, attachments.maxBytes());
        AttachmentView stored;
        try {
            stored = attachments.upload(encounter, UploadedBody.fileName(slug), content);
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.violations().stream()
                    .map(EncounterAttachmentsResource::asHeader)
                    .toList());
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("attachments")
                        .path(stored.id().toString())
                        .build())
                .entity(AttachmentDto.of(stored))
                .build();
    }

    /** The records context calls the name "fileName"; this API takes it in the Slug header. */
    private static FieldViolation asHeader(FieldViolation violation) {
        return violation.field().equals("fileName") ? new FieldViolation("Slug", violation.message()) : violation;
    }

    private static EncounterId encounter(String id) {
        return EncounterId.parse(id).orElseThrow(NotFoundException::new);
    }
}
