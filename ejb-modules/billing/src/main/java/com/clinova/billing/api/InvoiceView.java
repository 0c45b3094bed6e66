package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invoice as read: its lines and totals ({@code total} = {@code netTotal} + {@code taxTotal}),
 * what has been paid, and the version that guards concurrent changes. {@code number}, {@code
 * issuedAt}, {@code seller} and {@code buyer} are null on a draft; {@code voidedAt} and {@code
 * voidReason} are set only on a void invoice.
 */
public record InvoiceView(
        InvoiceId id,
        UUID patientId,
        InvoiceStatus status,
        String number,
        String currency,
        BigDecimal taxRate,
        List<InvoiceLineView> lines,
        BigDecimal netTotal,
        BigDecimal discountTotal,
        BigDecimal taxTotal,
        BigDecimal total,
        BigDecimal amountPaid,
        Instant issuedAt,
        PartyDetails seller,
        PartyDetails buyer,
        Instant voidedAt,
        String voidReason,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Serializable {

    public InvoiceView {
        lines = List.copyOf(lines);
    }

    /** What is still to be paid: the total less payments on an issued invoice, nothing otherwise. */
    public BigDecimal openAmount() {
        return status == InvoiceStatus.ISSUED ? total.subtract(amountPaid) : BigDecimal.ZERO.setScale(2);
    }

    public BigDecimal grossTotal() {
        return netTotal.add(discountTotal);
    }
}
