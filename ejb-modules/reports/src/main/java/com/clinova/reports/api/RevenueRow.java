package com.clinova.reports.api;

import java.math.BigDecimal;

/**
 * Revenue of one group (a month as YYYY-MM-01, a practitioner or a service, by id; {@code key} and
 * {@code label} are null for lines that have none, such as extra lines without an appointment)
 * in one currency: issued invoices only, net of discounts, tax apart.
 */
public record RevenueRow(String key, String label, String currency, long invoices, BigDecimal net, BigDecimal tax) {}
