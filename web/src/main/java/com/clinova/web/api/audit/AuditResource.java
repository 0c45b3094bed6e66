package com.clinova.web.api.audit;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.audit.api.AuditExport;
import com.clinova.audit.api.AuditLog;
import com.clinova.audit.api.AuditPage;
import com.clinova.audit.api.AuditQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The host clinic's audit trail, for its administrators. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(CLINIC_ADMIN)
public class AuditResource {

    @EJB
    AuditLog log;

    @Inject
    AuditCursors cursors;

    @GET
    @Path("events")
    @Operation(summary = "Query the audit trail, newest first (keyset pagination)")
    @APIResponse(responseCode = "200", description = "A page of recorded accesses")
    @APIResponse(responseCode = "400", description = "Invalid criteria, limit or cursor")
    @APIResponse(responseCode = "403", description = "Not a clinic administrator")
    public AuditListDto events(
            @Parameter(description = "Accesses that touched or returned this patient") @QueryParam("patientId")
                    String patientId,
            @Parameter(description = "A staff member's username") @QueryParam("actor") String actor,
            @Parameter(description = "create, read, update, delete, search or export") @QueryParam("action")
                    String action,
            @Parameter(description = "Inclusive, e.g. 2026-11-23T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "Exclusive") @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        AuditQuery query =
                new AuditSearchParameters(patientId, actor, action, from, to, limit, cursor).toQuery(cursors);
        AuditPage page = log.find(query);
        return new AuditListDto(
                page.items().stream().map(AuditEntryDto::of).toList(),
                page.nextBefore().map(cursors::encode).orElse(null),
                query.limit());
    }

    @GET
    @Path("events/export")
    @Produces(AuditCsv.MEDIA_TYPE)
    @Operation(summary = "Export the filtered trail as CSV, oldest first (streamed)")
    @APIResponse(responseCode = "200", description = "CSV, one row per recorded access")
    @APIResponse(responseCode = "400", description = "Invalid criteria")
    @APIResponse(responseCode = "403", description = "Not a clinic administrator")
    public Response export(
            @QueryParam("patientId") String patientId,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        AuditExport export =
                log.beginExport(new AuditSearchParameters(patientId, actor, action, from, to, null, null).toFilter());
        StreamingOutput body = out -> AuditCsv.stream(log, export, out);
        String name = "audit-trail-"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "") + ".csv";
        return Response.ok(body, AuditCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("verification")
    @Operation(summary = "Verify the clinic's audit hash chain")
    @APIResponse(responseCode = "200", description = "Rows checked and the first broken sequence number, if any")
    @APIResponse(responseCode = "403", description = "Not a clinic administrator")
    public ChainVerificationDto verify() {
        return ChainVerificationDto.of(log.verify());
    }
}
