package com.clinova.billing.api;

import com.clinova.platform.error.ResourceNotFoundException;

/** No invoice with this id in the current clinic (which includes: it belongs to another one). */
public class InvoiceNotFoundException extends ResourceNotFoundException {

    public InvoiceNotFoundException(InvoiceId id) {
        super("Invoice", id);
    }
}
