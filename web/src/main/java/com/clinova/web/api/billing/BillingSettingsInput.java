package com.clinova.web.api.billing;

import com.clinova.billing.api.BillingSettingsDetails;
import com.clinova.billing.api.BillingSettingsService;

/** Billing settings as clients send them; the tax rate is a percentage as a string, e.g. "21.00". */
public record BillingSettingsInput(
        String taxRate, String invoicePrefix, String legalName, String taxId, String address) {

    BillingSettingsDetails toDetails(BillingSettingsService settings) {
        BillingFields fields = new BillingFields();
        BillingSettingsDetails details = new BillingSettingsDetails(
                fields.decimal("taxRate", taxRate), invoicePrefix, legalName, taxId, address);
        if (fields.any()) {
            fields.addAll(settings.violationsOf(details));
            fields.throwIfAny();
        }
        return details;
    }
}
