package com.clinova.web.api;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.patients.api.PatientId;
import com.clinova.patients.api.PatientNotFoundException;
import com.clinova.patients.api.PatientPage;
import com.clinova.patients.api.PatientQuery;
import com.clinova.patients.api.PatientService;
import com.clinova.patients.api.PatientView;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.web.plan.QuotaWarnings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The patients of the host's clinic. */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class PatientResource {

    private static final int PRECONDITION_REQUIRED = 428;

    @EJB
    PatientService patients;

    @Inject
    PatientCursors cursors;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    @Operation(summary = "Register a patient")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid details (problem with errors)")
    @APIResponse(responseCode = "409", description = "National id already used in this clinic")
    @APIResponse(
            responseCode = "403",
            description = "The plan's active-patients limit is reached (quota-exceeded, with quota, limit and used)")
    public Response register(PatientInput input) {
        PatientView created = patients.register(requireBody(input).toDetails(patients));
        Response.ResponseBuilder response = Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(PatientDto.of(created));
        return QuotaWarnings.warn(response, patients.quotaUsage()).build();
    }

    @GET
    @Operation(summary = "Search patients (keyset pagination, name order)")
    @APIResponse(responseCode = "200", description = "A page of patients")
    @APIResponse(responseCode = "400", description = "Invalid criteria, limit or cursor")
    public PatientListDto search(
            @Parameter(description = "Name words, each a prefix; accents and case ignored") @QueryParam("q")
                    String name,
            @QueryParam("phone") String phone,
            @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("nationalId") String nationalId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PatientQuery query =
                new PatientSearchParameters(name, phone, dateOfBirth, nationalId, limit, cursor).toQuery(cursors);
        PatientPage page = patients.search(query);
        return new PatientListDto(
                page.items().stream().map(PatientDto::of).toList(),
                page.next().map(cursors::encode).orElse(null),
                query.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a patient")
    @APIResponse(responseCode = "200", description = "The patient, with its ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match")
    @APIResponse(responseCode = "404", description = "No such patient in this clinic")
    public Response read(@PathParam("id") String id, @Context Request request) {
        PatientView patient = load(id);
        EntityTag tag = EntityTags.of(patient.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(PatientDto.of(patient)).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK})
    @Operation(summary = "Replace a patient's details (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid details")
    @APIResponse(responseCode = "404", description = "No such patient in this clinic")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PatientInput input) {
        PatientId patientId = PatientId.parse(id).orElseThrow(NotFoundException::new);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(PRECONDITION_REQUIRED);
        }
        ExpectedVersion expected = EntityTags.expected(ifMatch);
        PatientView updated =
                patients.update(patientId, expected, requireBody(input).toDetails(patients));
        return Response.ok(PatientDto.of(updated))
                .tag(EntityTags.of(updated.version()))
                .build();
    }

    private PatientView load(String id) {
        PatientId patientId = PatientId.parse(id).orElseThrow(NotFoundException::new);
        return patients.find(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
    }

    private static PatientInput requireBody(PatientInput input) {
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        return input;
    }
}
