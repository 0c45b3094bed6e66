package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of an invoice as read. {@code grossAmount} = unit price × quantity; {@code
 * discountAmount} and {@code taxAmount} are rounded half-up to cents on this line; {@code
 * netAmount} = gross − discount. {@code appointmentId}, {@code serviceId} and {@code serviceDate}
 * are null for a line that bills no appointment (or names no service).
 */
public record InvoiceLineView(
        UUID id,
        int position,
        UUID appointmentId,
        UUID serviceId,
        LocalDate serviceDate,
        String description,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal grossAmount,
        BigDecimal discountAmount,
        BigDecimal netAmount,
        BigDecimal taxAmount)
        implements Serializable {}
