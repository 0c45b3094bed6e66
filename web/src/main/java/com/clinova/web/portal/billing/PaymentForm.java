package com.clinova.web.portal.billing;

import com.clinova.billing.api.NewPayment;
import com.clinova.billing.api.PaymentMethod;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The "record a payment" form of an issued invoice: method, amount, reference. */
public class PaymentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String method = PaymentMethod.CASH.code();
    private String amount;
    private String reference;

    /** The payment, or the names of the fields that could not be read. */
    NewPayment toPayment(List<String> unreadable) {
        Optional<BigDecimal> parsed = Decimals.parse(amount);
        if (parsed.isEmpty()) {
            unreadable.add("amount");
        }
        return new NewPayment(
                PaymentMethod.ofCode(method).orElse(null),
                parsed.orElse(null),
                Decimals.isBlank(reference) ? null : reference);
    }

    static List<String> fields() {
        return List.of("method", "amount", "reference");
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
