package com.clinova.web.api.records;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.records.api.AttachmentFile;
import com.clinova.records.api.AttachmentId;
import com.clinova.records.api.AttachmentNotFoundException;
import com.clinova.records.api.AttachmentService;
import com.clinova.tenancy.api.Feature;
import com.clinova.web.plan.RequiresFeature;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Downloads an attachment with headers that keep a browser from treating it as anything else. */
@Path("attachments")
@RequestScoped
@NoStore
@SecurityRequirement(name = "bearer")
@RolesAllowed({PRACTITIONER, CLINIC_ADMIN})
@RequiresFeature(Feature.RECORD_ATTACHMENTS)
public class AttachmentResource {

    static final String PATH = "/api/v1/attachments";

    @EJB
    AttachmentService attachments;

    @GET
    @Path("{id}")
    @Operation(summary = "Download an attachment (always as a download, exact type, nosniff)")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "403", description = "Not a clinical role")
    @APIResponse(responseCode = "404", description = "No such attachment in this clinic")
    public Response download(@PathParam("id") String id) {
        AttachmentId attachmentId = AttachmentId.parse(id).orElseThrow(NotFoundException::new);
        AttachmentFile file =
                attachments.download(attachmentId).orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
        return DownloadHeaders.of(file.attachment())
                .apply(Response.ok(file.content()))
                .build();
    }
}
