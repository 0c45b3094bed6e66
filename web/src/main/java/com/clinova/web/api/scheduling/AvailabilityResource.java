package com.clinova.web.api.scheduling;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.scheduling.api.Availability;
import com.clinova.scheduling.api.AvailabilityQuery;
import com.clinova.scheduling.api.AvailabilityService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Free slots of the host's clinic for a service. */
@Path("availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class AvailabilityResource {

    @EJB
    AvailabilityService availability;

    @GET
    @Operation(summary = "Free slots for a service on the days from..to (local days of each location), from now on")
    @APIResponse(responseCode = "200", description = "The earliest free slots, in time order")
    @APIResponse(responseCode = "400", description = "Unknown or missing service, bad filter, range over 31 days")
    public AvailabilityDto freeSlots(
            @Parameter(required = true) @QueryParam("serviceId") String serviceId,
            @QueryParam("practitionerId") String practitionerId,
            @QueryParam("locationId") String locationId,
            @Parameter(required = true, description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD (default: from)") @QueryParam("to") String to,
            @Parameter(description = "At most this many slots (1-500, default 100)") @QueryParam("limit")
                    String limit) {
        AvailabilityQuery query =
                new AvailabilityParameters(serviceId, practitionerId, locationId, from, to, limit).toQuery();
        Availability found = availability.freeSlots(query);
        return new AvailabilityDto(
                query.serviceId().toString(),
                query.from().toString(),
                query.to().toString(),
                found.slots().stream().map(FreeSlotDto::of).toList(),
                found.truncated());
    }
}
