package com.clinova.web.api.billing;

import com.clinova.billing.api.PaymentReceipt;

/** A recorded payment and the invoice as it left it (new amount paid, open amount and version). */
public record PaymentReceiptDto(PaymentDto payment, InvoiceDto invoice) {

    static PaymentReceiptDto of(PaymentReceipt receipt) {
        return new PaymentReceiptDto(PaymentDto.of(receipt.payment()), InvoiceDto.of(receipt.invoice()));
    }
}
