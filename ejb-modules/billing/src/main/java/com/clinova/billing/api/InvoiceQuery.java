package com.clinova.billing.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Invoices of one patient and/or in one status (every invoice of the clinic when neither is
 * given), newest first, {@code limit} at a time after {@code after}.
 */
public record InvoiceQuery(
        Optional<UUID> patientId, Optional<InvoiceStatus> status, int limit, Optional<InvoiceKey> after) {

    public static final int MAX_LIMIT = 100;

    public InvoiceQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
