package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An invoice as lists show it: no lines, just what tells invoices apart and what is owed. */
public record InvoiceSummary(
        InvoiceId id,
        UUID patientId,
        InvoiceStatus status,
        String number,
        String currency,
        BigDecimal total,
        BigDecimal amountPaid,
        Instant issuedAt,
        long version,
        Instant createdAt)
        implements Serializable {

    public BigDecimal openAmount() {
        return status == InvoiceStatus.ISSUED ? total.subtract(amountPaid) : BigDecimal.ZERO.setScale(2);
    }
}
