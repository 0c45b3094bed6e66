package com.clinova.web.api.billing;

import com.clinova.billing.api.InvoiceSummary;
import java.util.Objects;

/** An invoice in a list: no lines, just what tells invoices apart and what is owed. */
public record InvoiceSummaryDto(
        String id,
        String patientId,
        String status,
        String number,
        String currency,
        String total,
        String amountPaid,
        String openAmount,
        String issuedAt,
        long version,
        String createdAt) {

    static InvoiceSummaryDto of(InvoiceSummary summary) {
        return new InvoiceSummaryDto(
                summary.id().toString(),
                summary.patientId().toString(),
                summary.status().code(),
                summary.number(),
                summary.currency(),
                BillingFields.amount(summary.total()),
                BillingFields.amount(summary.amountPaid()),
                BillingFields.amount(summary.openAmount()),
                Objects.toString(summary.issuedAt(), null),
                summary.version(),
                summary.createdAt().toString());
    }
}
