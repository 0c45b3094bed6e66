package com.clinova.billing.api;

import java.util.Locale;
import java.util.Optional;

/** How a payment was made. Card and bank transfer payments carry a reference, cash never does. */
public enum PaymentMethod {
    CASH,
    /** Reference: the terminal's authorisation code or the card's last digits, never the card number. */
    CARD,
    /** Reference: the bank's transfer reference. */
    BANK_TRANSFER;

    public boolean needsReference() {
        return this != CASH;
    }

    /** The name clients and the database use: lower case with underscores, e.g. {@code bank_transfer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaymentMethod> ofCode(String code) {
        for (PaymentMethod method : values()) {
            if (method.code().equals(code)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
