package com.clinova.billing.api;

import com.clinova.platform.error.ResourceNotFoundException;
import java.util.UUID;

/** The invoice has no line with this id. */
public class InvoiceLineNotFoundException extends ResourceNotFoundException {

    public InvoiceLineNotFoundException(UUID lineId) {
        super("Invoice line", lineId);
    }
}
