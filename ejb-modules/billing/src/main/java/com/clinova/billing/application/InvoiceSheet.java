package com.clinova.billing.application;

import com.clinova.billing.api.InvoiceView;
import com.clinova.billing.api.PaymentView;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Everything a printed invoice shows: the invoice and its payments, and the clinic's branding
 * (name, colour as {@code #rrggbb}, logo when it has one), language and time zone.
 */
public record InvoiceSheet(
        InvoiceView invoice,
        List<PaymentView> payments,
        String clinicName,
        String brandColour,
        Logo logo,
        Locale locale,
        ZoneId zone) {

    public InvoiceSheet {
        payments = List.copyOf(payments);
    }

    /** A logo image as tenancy stores it; null on the sheet when the clinic has none. */
    public record Logo(String contentType, byte[] image) {}
}
