package com.clinova.billing.api;

import java.util.List;
import java.util.Optional;

/** One page of invoices, newest first, and, when more follow, the key to continue after. */
public record InvoicePage(List<InvoiceSummary> items, Optional<InvoiceKey> next) {

    public InvoicePage {
        items = List.copyOf(items);
    }
}
