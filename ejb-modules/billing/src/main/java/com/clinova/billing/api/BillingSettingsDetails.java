package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a clinic admin sets for billing: the tax rate in percent applied to every line of invoices
 * drafted from then on, the prefix of invoice numbers, and the legal details printed on invoices.
 */
public record BillingSettingsDetails(
        BigDecimal taxRate, String invoicePrefix, String legalName, String taxId, String address)
        implements Serializable {}
