package com.clinova.web.api.billing;

import com.clinova.billing.api.InvoiceView;
import java.util.List;
import java.util.Objects;

/**
 * An invoice as the API shows it: lines, totals ({@code total} = {@code netTotal} + {@code
 * taxTotal}), payments so far and what is open. {@code number}, {@code issuedAt}, {@code seller} and
 * {@code buyer} are null on drafts. {@code version} is also the ETag.
 */
public record InvoiceDto(
        String id,
        String patientId,
        String status,
        String number,
        String currency,
        String taxRate,
        List<InvoiceLineDto> lines,
        String grossTotal,
        String discountTotal,
        String netTotal,
        String taxTotal,
        String total,
        String amountPaid,
        String openAmount,
        String issuedAt,
        PartyDto seller,
        PartyDto buyer,
        String voidedAt,
        String voidReason,
        long version,
        String createdAt,
        String updatedAt) {

    static InvoiceDto of(InvoiceView view) {
        return new InvoiceDto(
                view.id().toString(),
                view.patientId().toString(),
                view.status().code(),
                view.number(),
                view.currency(),
                BillingFields.amount(view.taxRate()),
                view.lines().stream().map(InvoiceLineDto::of).toList(),
                BillingFields.amount(view.grossTotal()),
                BillingFields.amount(view.discountTotal()),
                BillingFields.amount(view.netTotal()),
                BillingFields.amount(view.taxTotal()),
                BillingFields.amount(view.total()),
                BillingFields.amount(view.amountPaid()),
                BillingFields.amount(view.openAmount()),
                Objects.toString(view.issuedAt(), null),
                PartyDto.of(view.seller()),
                PartyDto.of(view.buyer()),
                Objects.toString(view.voidedAt(), null),
                view.voidReason(),
                view.version(),
                Objects.toString(view.createdAt(), null),
                Objects.toString(view.updatedAt(), null));
    }
}
