package com.clinova.billing.api;

import jakarta.ejb.Local;

/** Printable invoices with the clinic's branding, in the clinic's language. */
@Local
public interface InvoicePrinting {

    /**
     * The issued (or void, marked as such) invoice as a PDF: clinic and patient details, lines,
     * discounts, tax, totals, payments and what is still open. Recorded as an export of the
     * invoice in the audit trail.
     *
     * @throws InvoiceNotFoundException for an unknown invoice
     * @throws InvoiceStateException ({@code NOT_ISSUED}) for a draft, which has no number yet
     */
    InvoiceDocument pdf(InvoiceId id);
}
