package com.clinova.web.api.billing;

import com.clinova.billing.api.PaymentView;

/** A payment as recorded; {@code recordedBy} is the staff member's username. */
public record PaymentDto(
        String id,
        String invoiceId,
        String method,
        String amount,
        String reference,
        String receivedAt,
        String recordedBy) {

    static PaymentDto of(PaymentView view) {
        return new PaymentDto(
                view.id().toString(),
                view.invoiceId().toString(),
                view.method().code(),
                BillingFields.amount(view.amount()),
                view.reference(),
                view.receivedAt().toString(),
                view.recordedBy());
    }
}
