package com.clinova.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Builder of invoice lines for tests: a valid free line unless told otherwise. */
final class Lines {

    private UUID appointmentId;
    private UUID serviceId;
    private LocalDate serviceDate;
    private String description = "Limpieza dental";
    private Integer quantity = 1;
    private BigDecimal unitPrice = new BigDecimal("60.00");
    private BigDecimal discountPercent = BigDecimal.ZERO;

    private Lines() {}

    static Lines aLine() {
        return new Lines();
    }

    Lines ofAppointment(UUID appointment) {
        this.appointmentId = appointment;
        this.serviceId = UUID.randomUUID();
        this.serviceDate = LocalDate.of(2026, 3, 2);
        return this;
    }

    Lines described(String text) {
        this.description = text;
        return this;
    }

    Lines price(String price) {
        this.unitPrice = price == null ? null : new BigDecimal(price);
        return this;
    }

    Lines quantity(Integer quantity) {
        this.quantity = quantity;
        return this;
    }

    Lines discount(String percent) {
        this.discountPercent = percent == null ? null : new BigDecimal(percent);
        return this;
    }

    LineDraft build() {
        return new LineDraft(appointmentId, serviceId, serviceDate, description, quantity, unitPrice, discountPercent);
    }
}
