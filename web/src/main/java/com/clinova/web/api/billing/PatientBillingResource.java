package com.clinova.web.api.billing;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.billing.api.InvoiceService;
import com.clinova.billing.api.PaymentService;
import com.clinova.web.api.RequestFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A patient's account with the clinic: what they owe, and what could be invoiced next. */
@Path("billing/patients/{patientId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, BILLING})
public class PatientBillingResource {

    /** The default window: the last 31 days, the longest range scheduling answers at once. */
    static final int DEFAULT_DAYS = 31;

    @EJB
    PaymentService payments;

    @EJB
    InvoiceService invoices;

    @GET
    @Path("balance")
    @Operation(summary = "The patient's balance: issued invoices' totals less payments (drafts and void excluded)")
    @APIResponse(responseCode = "200", description = "The balance")
    @APIResponse(responseCode = "404", description = "No such patient in this clinic")
    public PatientBalanceDto balance(@PathParam("patientId") String patientId) {
        return PatientBalanceDto.of(payments.balance(parse(patientId)));
    }

    @GET
    @Path("billable-appointments")
    @Operation(summary = "The patient's completed appointments no invoice bills yet, in [from, to) (UTC days)")
    @APIResponse(responseCode = "200", description = "Oldest first, with the service and price a line would get")
    @APIResponse(responseCode = "400", description = "Invalid dates or a range over 62 days")
    @APIResponse(responseCode = "404", description = "No such patient in this clinic")
    public List<BillableAppointmentDto> billable(
            @PathParam("patientId") String patientId,
            @Parameter(description = "First day, YYYY-MM-DD; default 31 days before to") @QueryParam("from")
                    String from,
            @Parameter(description = "Day after the last, YYYY-MM-DD; default tomorrow") @QueryParam("to") String to) {
        UUID patient = parse(patientId);
        RequestFields fields = new RequestFields();
        LocalDate end = fields.date("to", to);
        LocalDate start = fields.date("from", from);
        fields.throwIfAny();
        Instant until = end == null
                ? Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS)
                : BillingFields.startOf(end);
        Instant since = start == null ? until.minus(DEFAULT_DAYS, ChronoUnit.DAYS) : BillingFields.startOf(start);
        return invoices.billableAppointments(patient, since, until).stream()
                .map(BillableAppointmentDto::of)
                .toList();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
