package com.clinova.web.api.reports;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.ReportService;
import com.clinova.tenancy.api.Feature;
import com.clinova.web.api.reports.ReportDtos.DayListDto;
import com.clinova.web.api.reports.ReportDtos.DayListEntryDto;
import com.clinova.web.api.reports.ReportDtos.NoShowRateDto;
import com.clinova.web.api.reports.ReportDtos.Period;
import com.clinova.web.api.reports.ReportDtos.PractitionerUtilisationDto;
import com.clinova.web.api.reports.ReportDtos.Report;
import com.clinova.web.api.reports.ReportDtos.RevenueDto;
import com.clinova.web.api.reports.ReportDtos.RoomUtilisationDto;
import com.clinova.web.api.reports.ReportParameters.DayListRequest;
import com.clinova.web.api.reports.ReportParameters.RevenueRequest;
import com.clinova.web.plan.RequiresFeature;
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

/**
 * Reports of the host's clinic, read from the read side (a replica may be a moment behind).
 * Periods are local days [from, to), at most a year.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(CLINIC_ADMIN)
public class ReportResource {

    @EJB
    ReportService reports;

    @GET
    @Path("day-list")
    @RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER})
    @Operation(summary = "A practitioner's appointments on one day (cancelled ones left out)")
    @APIResponse(responseCode = "200", description = "The day list, in time order")
    @APIResponse(responseCode = "400", description = "Missing or invalid practitionerId or date")
    @APIResponse(responseCode = "404", description = "No such practitioner in this clinic")
    public DayListDto dayList(
            @Parameter(description = "Practitioner id") @QueryParam("practitionerId") String practitionerId,
            @Parameter(description = "Local day, YYYY-MM-DD") @QueryParam("date") String date) {
        DayListRequest request = ReportParameters.dayList(practitionerId, date);
        return new DayListDto(
                request.practitionerId().toString(),
                request.day().toString(),
                reports.dayList(request.practitionerId(), request.day()).stream()
                        .map(DayListEntryDto::of)
                        .toList());
    }

    @GET
    @Path("practitioner-utilisation")
    @RequiresFeature(Feature.ADVANCED_REPORTS)
    @APIResponse(
            responseCode = "403",
            description = "Not permitted, or the plan leaves out advanced-reports (feature-disabled)")
    @Operation(summary = "Booked share of each practitioner's scheduled time")
    @APIResponse(responseCode = "200", description = "One row per practitioner with a schedule or bookings")
    @APIResponse(responseCode = "400", description = "Missing or invalid period")
    public Report<PractitionerUtilisationDto> practitionerUtilisation(
            @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportParameters.period(from, to);
        return new Report<>(
                Period.of(period),
                reports.practitionerUtilisation(period).stream()
                        .map(PractitionerUtilisationDto::of)
                        .toList());
    }

    @GET
    @Path("room-utilisation")
    @RequiresFeature(Feature.ADVANCED_REPORTS)
    @APIResponse(
            responseCode = "403",
            description = "Not permitted, or the plan leaves out advanced-reports (feature-disabled)")
    @Operation(summary = "Booked share of each room's opening time")
    @APIResponse(responseCode = "200", description = "One row per room")
    @APIResponse(responseCode = "400", description = "Missing or invalid period")
    public Report<RoomUtilisationDto> roomUtilisation(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportParameters.period(from, to);
        return new Report<>(
                Period.of(period),
                reports.roomUtilisation(period).stream()
                        .map(RoomUtilisationDto::of)
                        .toList());
    }

    @GET
    @Path("no-shows")
    @RequiresFeature(Feature.ADVANCED_REPORTS)
    @APIResponse(
            responseCode = "403",
            description = "Not permitted, or the plan leaves out advanced-reports (feature-disabled)")
    @Operation(summary = "Share of due appointments each practitioner's patients missed")
    @APIResponse(responseCode = "200", description = "One row per practitioner with due appointments")
    @APIResponse(responseCode = "400", description = "Missing or invalid period")
    public Report<NoShowRateDto> noShows(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportParameters.period(from, to);
        return new Report<>(
                Period.of(period),
                reports.noShowRates(period).stream().map(NoShowRateDto::of).toList());
    }

    @GET
    @Path("revenue")
    @RequiresFeature(Feature.ADVANCED_REPORTS)
    @APIResponse(
            responseCode = "403",
            description = "Not permitted, or the plan leaves out advanced-reports (feature-disabled)")
    @RolesAllowed({CLINIC_ADMIN, BILLING})
    @Operation(summary = "Revenue of issued invoices by month, practitioner or service (net, tax, gross)")
    @APIResponse(responseCode = "200", description = "One row per group and currency")
    @APIResponse(responseCode = "400", description = "Missing or invalid period or breakdown")
    public Report<RevenueDto> revenue(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(description = "month (default), practitioner or service") @QueryParam("by") String by) {
        RevenueRequest request = ReportParameters.revenue(from, to, by);
        return new Report<>(
                Period.of(request.period()),
                reports.revenue(request.period(), request.breakdown()).stream()
                        .map(RevenueDto::of)
                        .toList());
    }
}
