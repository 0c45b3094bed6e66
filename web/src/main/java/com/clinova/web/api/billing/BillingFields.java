package com.clinova.web.api.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** How billing's amounts and days travel: amounts as plain decimal strings, days as UTC instants. */
final class BillingFields {

    private BillingFields() {}

    /** The start of a day in UTC: what a date range's ends mean in queries. */
    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static String amount(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
