package com.clinova.billing.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an invoice is in its life: a {@link #DRAFT} is edited and has no number; issuing it
 * gives it the clinic's next number and freezes it; voiding an issued invoice cancels it for good
 * while its number stays used.
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    VOID;

    /** The name clients and the database use: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InvoiceStatus> ofCode(String code) {
        for (InvoiceStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
