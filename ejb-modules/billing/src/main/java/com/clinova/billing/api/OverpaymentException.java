package com.clinova.billing.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A payment larger than what is still open on the invoice. Refused rather than kept as credit:
 * change is given back at the desk, and an overpaid invoice would need a refund flow Clinova does
 * not have.
 */
public class OverpaymentException extends ConflictException implements SpecificProblem {

    private final BigDecimal openAmount;

    public OverpaymentException(BigDecimal amount, BigDecimal openAmount) {
        super("A payment of " + amount.toPlainString() + " exceeds the open amount of " + openAmount.toPlainString());
        this.openAmount = openAmount;
    }

    public BigDecimal openAmount() {
        return openAmount;
    }

    @Override
    public String problemSlug() {
        return "overpayment";
    }

    @Override
    public String problemTitle() {
        return "Payment exceeds the open amount";
    }

    @Override
    public Map<String, String> problemMembers() {
        return Map.of("openAmount", openAmount.toPlainString());
    }
}
