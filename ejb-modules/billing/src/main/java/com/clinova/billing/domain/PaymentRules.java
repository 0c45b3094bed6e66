package com.clinova.billing.domain;

import com.clinova.billing.api.NewPayment;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rules of a payment: a method; an amount above zero with at most two decimals; a reference
 * (1–100 characters) for card and transfer payments and none for cash. A card reference must
 * never be a card number: Clinova stores no card data (PCI DSS), only the terminal's authorisation
 * code or the card's last digits, so anything that looks like a full card number is refused.
 */
public final class PaymentRules {

    static final int REFERENCE_MAX = 100;

    private PaymentRules() {}

    /** @throws RuleViolationException naming every broken rule */
    static void check(NewPayment payment) {
        List<FieldViolation> violations = violationsOf(payment);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    public static List<FieldViolation> violationsOf(NewPayment payment) {
        Violations violations = new Violations();
        if (payment.method() == null) {
            violations.add("method", "is required: cash, card or bank_transfer");
        }
        violations.amount("amount", payment.amount());
        if (!violations.has("amount") && payment.amount().signum() == 0) {
            violations.add("amount", "must be more than 0");
        }
        String reference = payment.reference();
        if (payment.method() != null && payment.method().needsReference()) {
            violations.text("reference", reference, REFERENCE_MAX);
            if (!violations.has("reference") && looksLikeCardNumber(reference)) {
                violations.add(
                        "reference", "must not be a card number; record the authorisation code or last 4 digits");
            }
        } else if (payment.method() != null && reference != null && !reference.isBlank()) {
            violations.add("reference", "is not taken for cash payments");
        }
        return violations.list();
    }

    /** 13–19 digits (spaces and dashes ignored) that pass the Luhn check, as every card number does. */
    static boolean looksLikeCardNumber(String text) {
        String digits = text.replaceAll("[ -]", "");
        if (!digits.matches("\\d{13,19}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    static BigDecimal amountOf(NewPayment payment) {
        return Amounts.cents(payment.amount());
    }
}
