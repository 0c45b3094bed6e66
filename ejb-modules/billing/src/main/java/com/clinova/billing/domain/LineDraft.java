package com.clinova.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a new invoice line says before the invoice prices it: the appointment it bills and the
 * service it names (either may be null), when the service was given, the text, quantity, unit
 * price and discount percentage. Checked by {@link LineRules}.
 */
public record LineDraft(
        UUID appointmentId,
        UUID serviceId,
        LocalDate serviceDate,
        String description,
        Integer quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent) {

    /** A line billing one completed appointment at the catalogue price. */
    public static LineDraft ofAppointment(
            UUID appointmentId, UUID serviceId, LocalDate serviceDate, String serviceName, BigDecimal price) {
        return new LineDraft(appointmentId, serviceId, serviceDate, serviceName, 1, price, BigDecimal.ZERO);
    }
}
