package com.clinova.billing.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;
import java.util.Map;

/**
 * The invoice's status (or content) does not allow this change. Each {@link Reason} is its own
 * problem type, so a client can tell "it is already issued" from "there is nothing to issue".
 */
public class InvoiceStateException extends ConflictException implements SpecificProblem {

    /** Why the change is refused; the slug names the problem type. */
    public enum Reason {
        /** Lines change and invoices are issued only while they are drafts. */
        NOT_DRAFT("invoice-not-draft", "Invoice is not a draft"),
        /** Payments are taken, and invoices voided, only while they are issued. */
        NOT_ISSUED("invoice-not-issued", "Invoice is not issued"),
        /** An invoice without lines is not issued. */
        EMPTY("invoice-empty", "Invoice has no lines"),
        /** A paid invoice is not voided: the money would vanish from the patient's account. */
        HAS_PAYMENTS("invoice-has-payments", "Invoice has payments");

        private final String slug;
        private final String title;

        Reason(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }
    }

    private final Reason reason;
    private final InvoiceStatus status;

    public InvoiceStateException(Reason reason, InvoiceStatus status, String message) {
        super(message);
        this.reason = reason;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    public InvoiceStatus status() {
        return status;
    }

    @Override
    public String problemSlug() {
        return reason.slug;
    }

    @Override
    public String problemTitle() {
        return reason.title;
    }

    /** The status the invoice is in, so a client can refresh its view of it. */
    @Override
    public Map<String, String> problemMembers() {
        return Map.of("invoiceStatus", status.code());
    }
}
