package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment as recorded; {@code recordedBy} is the staff member's username. */
public record PaymentView(
        UUID id,
        InvoiceId invoiceId,
        PaymentMethod method,
        BigDecimal amount,
        String reference,
        Instant receivedAt,
        String recordedBy)
        implements Serializable {}
