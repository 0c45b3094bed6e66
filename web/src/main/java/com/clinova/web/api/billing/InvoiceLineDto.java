package com.clinova.web.api.billing;

import com.clinova.billing.api.InvoiceLineView;
import java.util.Objects;

/** One invoice line; amounts as decimal strings, {@code netAmount} = gross − discount. */
public record InvoiceLineDto(
        String id,
        int position,
        String appointmentId,
        String serviceId,
        String serviceDate,
        String description,
        int quantity,
        String unitPrice,
        String discountPercent,
        String grossAmount,
        String discountAmount,
        String netAmount,
        String taxAmount) {

    static InvoiceLineDto of(InvoiceLineView line) {
        return new InvoiceLineDto(
                line.id().toString(),
                line.position(),
                Objects.toString(line.appointmentId(), null),
                Objects.toString(line.serviceId(), null),
                Objects.toString(line.serviceDate(), null),
                line.description(),
                line.quantity(),
                BillingFields.amount(line.unitPrice()),
                BillingFields.amount(line.discountPercent()),
                BillingFields.amount(line.grossAmount()),
                BillingFields.amount(line.discountAmount()),
                BillingFields.amount(line.netAmount()),
                BillingFields.amount(line.taxAmount()));
    }
}
