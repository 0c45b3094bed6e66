package com.clinova.billing.api;

import com.clinova.patients.api.ExpectedVersion;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafting, changing, issuing and voiding the bound clinic's invoices, for billing staff and
 * clinic admins. Every call that reads or writes invoices records the access in the clinic's
 * audit trail, naming the patient.
 *
 * <p>Each change of an existing invoice names the versions it may be based on and throws {@link
 * InvoiceNotFoundException} for an unknown id, {@link StaleVersionException} when the invoice
 * changed since, and {@link InvoiceStateException} when its status does not allow the change.
 */
@Local
public interface InvoiceService {

    /**
     * A new draft for the patient with one line per appointment (the service's name and price
     * from the catalogue, quantity 1, no discount), at the clinic's current tax rate and currency.
     *
     * @throws RuleViolationException for an unknown patient, or appointments that are unknown or
     *     of another patient (each named)
     * @throws AppointmentNotBillableException for an appointment not completed or already invoiced
     * @throws BillingNotConfiguredException before an admin saved the billing settings
     */
    InvoiceView draft(UUID patientId, List<UUID> appointmentIds);

    Optional<InvoiceView> find(InvoiceId id);

    InvoicePage list(InvoiceQuery query);

    /** @throws RuleViolationException for an invalid line (every field named) */
    InvoiceView addLine(InvoiceId id, ExpectedVersion expected, NewLine line);

    /**
     * The rules this line breaks (empty when none), without adding it anywhere, so an edge that
     * has already found unreadable fields can report every problem at once.
     */
    List<FieldViolation> violationsOf(NewLine line);

    /** @throws InvoiceLineNotFoundException when the invoice has no such line */
    InvoiceView removeLine(InvoiceId id, ExpectedVersion expected, UUID lineId);

    /**
     * Gives the draft the clinic's next number (no gaps) and freezes it with the clinic's legal
     * details and the patient's, as they are now.
     *
     * @throws InvoiceStateException ({@code EMPTY}) for a draft without lines
     */
    InvoiceView issue(InvoiceId id, ExpectedVersion expected);

    /**
     * Cancels an issued invoice for good; its number stays used and its appointments may be
     * invoiced again.
     *
     * @throws InvoiceStateException ({@code HAS_PAYMENTS}) for an invoice with payments
     * @throws RuleViolationException for a missing reason
     */
    InvoiceView voidInvoice(InvoiceId id, ExpectedVersion expected, String reason);

    /**
     * The patient's completed appointments in [{@code from}, {@code to}) that no invoice bills yet,
     * oldest first: what a new draft could bill.
     *
     * @throws RuleViolationException for an unknown patient or a range longer than 62 days
     */
    List<BillableAppointment> billableAppointments(UUID patientId, Instant from, Instant to);
}
