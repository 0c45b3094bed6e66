package com.clinova.billing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a patient owes the clinic: totals of their issued invoices less what was paid on them.
 * Drafts and void invoices count for nothing (a void invoice never carries payments).
 */
public record PatientBalance(
        UUID patientId, String currency, BigDecimal invoiced, BigDecimal paid, BigDecimal balance, int openInvoices)
        implements Serializable {}
