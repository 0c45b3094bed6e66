package com.clinova.billing.application;

/** Lays out a printable invoice. */
public interface InvoiceRenderer {

    /** The sheet as a PDF document. */
    byte[] pdf(InvoiceSheet sheet);
}
