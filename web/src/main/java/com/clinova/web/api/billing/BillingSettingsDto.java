package com.clinova.web.api.billing;

import com.clinova.billing.api.BillingSettingsView;
import java.util.Objects;

/**
 * A clinic's billing settings as the API shows them. {@code configured} is false (and {@code
 * version} 0) until an admin saves them; the details are then suggestions. {@code version} is also
 * the ETag.
 */
public record BillingSettingsDto(
        String taxRate,
        String invoicePrefix,
        String legalName,
        String taxId,
        String address,
        boolean configured,
        long version,
        String updatedAt) {

    static BillingSettingsDto of(BillingSettingsView view) {
        return new BillingSettingsDto(
                BillingFields.amount(view.details().taxRate()),
                view.details().invoicePrefix(),
                view.details().legalName(),
                view.details().taxId(),
                view.details().address(),
                view.configured(),
                view.version(),
                Objects.toString(view.updatedAt(), null));
    }
}
