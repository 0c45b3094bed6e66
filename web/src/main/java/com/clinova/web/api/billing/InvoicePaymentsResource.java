package com.clinova.web.api.billing;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.billing.api.InvoiceDocument;
import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoicePrinting;
import com.clinova.billing.api.PaymentReceipt;
import com.clinova.billing.api.PaymentService;
import com.clinova.platform.error.RuleViolationException;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What is paid on an invoice, and the invoice as a printable PDF. */
@Path("invoices/{id}")
@RequestScoped
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, BILLING})
public class InvoicePaymentsResource {

    static final String PDF = "application/pdf";

    @EJB
    PaymentService payments;

    @EJB
    InvoicePrinting printing;

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a (partial) payment on an issued invoice (If-Match: the invoice's ETag)")
    @APIResponse(responseCode = "201", description = "Recorded; the payment and the invoice as it now stands")
    @APIResponse(responseCode = "400", description = "Invalid method, amount or reference (problem with errors)")
    @APIResponse(responseCode = "404", description = "No such invoice in this clinic")
    @APIResponse(responseCode = "409", description = "invoice-not-issued, or overpayment (member openAmount)")
    @APIResponse(responseCode = "412", description = "The invoice changed since the ETag (another payment?)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response record(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PaymentInput input) {
        InvoiceId invoice = InvoiceId.parse(id).orElseThrow(NotFoundException::new);
        var expected = InvoiceChanges.expected(ifMatch);
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        PaymentReceipt receipt = payments.record(invoice, expected, input.toPayment(payments));
        return Response.status(Response.Status.CREATED)
                .entity(PaymentReceiptDto.of(receipt))
                .build();
    }

    @GET
    @Path("payments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The invoice's payments, oldest first")
    @APIResponse(responseCode = "200", description = "The payments")
    @APIResponse(responseCode = "404", description = "No such invoice in this clinic")
    public List<PaymentDto> list(@PathParam("id") String id) {
        InvoiceId invoice = InvoiceId.parse(id).orElseThrow(NotFoundException::new);
        return payments.payments(invoice).stream().map(PaymentDto::of).toList();
    }

    @GET
    @Path("pdf")
    @Produces({PDF, "application/problem+json"})
    @Operation(summary = "The issued (or void) invoice as a PDF in the clinic's language, with its branding")
    @APIResponse(responseCode = "200", description = "application/pdf, as an attachment named <number>.pdf")
    @APIResponse(responseCode = "404", description = "No such invoice in this clinic")
    @APIResponse(responseCode = "409", description = "A draft has no number yet (invoice-not-issued)")
    public Response pdf(@PathParam("id") String id) {
        InvoiceId invoice = InvoiceId.parse(id).orElseThrow(NotFoundException::new);
        InvoiceDocument document = printing.pdf(invoice);
        return Response.ok(document.content(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                // Patient data: no cache keeps a copy, no browser guesses another type.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
