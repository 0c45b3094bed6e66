package com.clinova.web.api.billing;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.billing.api.InvoiceDocument;
import com.clinova.billing.api.InvoiceId;
import com.clinova.billing.api.InvoiceNotFoundException;
import com.clinova.billing.api.InvoicePage;
import com.clinova.billing.api.InvoicePrinting;
import com.clinova.billing.api.InvoiceQuery;
import com.clinova.billing.api.InvoiceService;
import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.PaymentReceipt;
import com.clinova.billing.api.PaymentService;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.web.api.EntityTags;
import com.clinova.web.api.RequestFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The host's clinic's invoices: drafts, lines, issuing, voiding, payments and the printable PDF. For
 * billing staff and admins. One resource class for every path under {@code invoices}: JAX-RS matches
 * a request to one root resource only, so a second class on {@code invoices/{id}} would hide these.
 */
@Path("invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({CLINIC_ADMIN, BILLING})
public class InvoiceResource {

    static final String PDF = "application/pdf";

    @EJB
    InvoiceService invoices;

    @Inject
    InvoiceCursors cursors;

    @EJB
    PaymentService payments;

    @EJB
    InvoicePrinting printing;

    @Inject
    InvoiceChanges changes;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft an invoice for a patient with one line per completed appointment")
    @APIResponse(responseCode = "201", description = "Drafted; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Unknown patient or appointments (problem with errors)")
    @APIResponse(
            responseCode = "409",
            description = "appointment-not-completed, appointment-already-invoiced or billing-not-configured")
    public Response draft(DraftInput input) {
        if (input == null) {
            throw new RuleViolationException("body", "is required");
        }
        RequestFields fields = new RequestFields();
        UUID patient = input.patient(fields);
        List<UUID> appointments = input.appointments(fields);
        fields.throwIfAny();
        InvoiceView drafted = invoices.draft(patient, appointments);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(drafted.id().toString())
                        .build())
                .tag(EntityTags.of(drafted.version()))
                .entity(InvoiceDto.of(drafted))
                .build();
    }

    @GET
    @Operation(summary = "List invoices, newest first: of one patient and/or in one status (keyset pagination)")
    @APIResponse(responseCode = "200", description = "A page of invoices without their lines")
    @APIResponse(responseCode = "400", description = "Invalid patientId, status, limit or cursor")
    public InvoiceListDto list(
            @QueryParam("patientId") String patientId,
            @Parameter(description = "draft, issued or void") @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        InvoiceQuery query = new InvoiceListParameters(patientId, status, limit, cursor).toQuery(cursors);
        InvoicePage page = invoices.list(query);
        return new InvoiceListDto(
                page.items().stream().map(InvoiceSummaryDto::of).toList(),
                page.next().map(cursors::encode).orElse(null),
                query.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an invoice with its lines")
    @APIResponse(responseCode = "200", description = "The invoice, with its ETag")
    @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match")
    @APIResponse(responseCode = "404", description = "No such invoice in this clinic")
    public Response read(@PathParam("id") String id, @Context Request request) {
        InvoiceId invoiceId = InvoiceId.parse(id).orElseThrow(NotFoundException::new);
        InvoiceView invoice = invoices.find(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
        EntityTag tag = EntityTags.of(invoice.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(InvoiceDto.of(invoice)).tag(tag).build();
    }

    @POST
    @Path("{id}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a line to a draft: a catalogue service or a free line (If-Match required)")
    @APIResponse(responseCode = "200", description = "The draft with the new line; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid line (problem with errors)")
    @APIResponse(responseCode = "409", description = "Not a draft (invoice-not-draft)")
    public Response addLine(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LineInput input) {
        return changes.apply(id, ifMatch, (invoice, expected) -> {
            if (input == null) {
                throw new RuleViolationException("body", "is required");
            }
            return invoices.addLine(invoice, expected, input.toLine(invoices));
        });
    }

    @DELETE
    @Path("{id}/lines/{lineId}")
    @Operation(summary = "Remove a line from a draft (If-Match required)")
    @APIResponse(responseCode = "200", description = "The draft without the line; new ETag")
    @APIResponse(responseCode = "404", description = "No such invoice or line")
    @APIResponse(responseCode = "409", description = "Not a draft (invoice-not-draft)")
    public Response removeLine(
            @PathParam("id") String id,
            @PathParam("lineId") String lineId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID line = parseId(lineId);
        return changes.apply(id, ifMatch, (invoice, expected) -> invoices.removeLine(invoice, expected, line));
    }

    @POST
    @Path("{id}/issue")
    @Operation(summary = "Issue a draft: it gets the clinic's next number, without gaps (If-Match required)")
    @APIResponse(responseCode = "200", description = "Issued, numbered and frozen; new ETag")
    @APIResponse(responseCode = "409", description = "invoice-empty, invoice-not-draft or billing-not-configured")
    public Response issue(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changes.apply(id, ifMatch, invoices::issue);
    }

    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void an issued invoice with a reason; its number stays used (If-Match required)")
    @APIResponse(responseCode = "200", description = "Void; new ETag")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "409", description = "invoice-not-issued or invoice-has-payments")
    public Response voidInvoice(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, VoidInput input) {
        String reason = input == null ? null : input.reason();
        return changes.apply(id, ifMatch, (invoice, expected) -> invoices.voidInvoice(invoice, expected, reason));
    }

    @POST
    @Path("{id}/payments")
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
    @Path("{id}/payments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The invoice's payments, oldest first")
    @APIResponse(responseCode = "200", description = "The payments")
    @APIResponse(responseCode = "404", description = "No such invoice in this clinic")
    public List<PaymentDto> list(@PathParam("id") String id) {
        InvoiceId invoice = InvoiceId.parse(id).orElseThrow(NotFoundException::new);
        return payments.payments(invoice).stream().map(PaymentDto::of).toList();
    }

    @GET
    @Path("{id}/pdf")
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

    /** A malformed line id names no line: 404, like an unknown one. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
