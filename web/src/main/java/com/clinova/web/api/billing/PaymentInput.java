package com.clinova.web.api.billing;

import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.PaymentMethod;
import com.clinova.billing.api.PaymentService;
import com.clinova.web.api.RequestFields;

/**
 * A payment as clients send it: {@code method} cash, card or bank_transfer; {@code amount} as a
 * string, e.g. "25.00"; {@code reference} for card (authorisation code or last digits, never the
 * card number) and transfer payments.
 */
public record PaymentInput(String method, String amount, String reference) {

    NewPayment toPayment(PaymentService payments) {
        RequestFields fields = new RequestFields();
        PaymentMethod parsed = null;
        if (!RequestFields.isBlank(method)) {
            parsed = PaymentMethod.ofCode(method.trim()).orElse(null);
            if (parsed == null) {
                fields.add("method", "must be one of cash, card, bank_transfer");
            }
        }
        NewPayment payment = new NewPayment(parsed, fields.decimal("amount", amount), reference);
        if (fields.any()) {
            fields.addAll(payments.violationsOf(payment));
            fields.throwIfAny();
        }
        return payment;
    }
}
