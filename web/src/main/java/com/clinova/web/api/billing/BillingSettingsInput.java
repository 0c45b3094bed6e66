package com.clinova.web.api.billing;

import com.clinova.billing.api.BillingSettingsDetails;
import com.clinova.billing.api.BillingSettingsService;
import com.clinova.web.api.RequestFields;

/** Billing settings as clients send them; the tax rate is a percentage as a string, e.g. "21.00". */
public record BillingSettingsInput(
        String taxRate, String invoicePrefix, String legalName, String taxId, String address) {

    BillingSettingsDetails toDetails(BillingSettingsService settings) {
        RequestFields fields = new RequestFields();
        BillingSettingsDetails details = new BillingSettingsDetails(
                fields.decimal("taxRate", taxRate), invoicePrefix, legalName, taxId, address);
        if (fields.any()) {
            fields.addAll(settings.violationsOf(details));
            fields.throwIfAny();
        }
        return details;
    }
}
