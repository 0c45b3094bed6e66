package com.clinova.web.api.billing;

import com.clinova.billing.api.InvoiceService;
import com.clinova.billing.api.NewLine;
import com.clinova.web.api.RequestFields;

/**
 * An extra line: a service of the catalogue ({@code serviceId}; its name and price unless given)
 * or a free line ({@code description} and {@code unitPrice}). Amounts as strings; {@code
 * quantity} defaults to 1 and {@code discountPercent} to "0".
 */
public record LineInput(
        String serviceId, String description, String unitPrice, Integer quantity, String discountPercent) {

    NewLine toLine(InvoiceService invoices) {
        RequestFields fields = new RequestFields();
        NewLine line = new NewLine(
                fields.id("serviceId", serviceId),
                description,
                fields.decimal("unitPrice", unitPrice),
                quantity,
                fields.decimal("discountPercent", discountPercent));
        if (fields.any()) {
            fields.addAll(invoices.violationsOf(line));
            fields.throwIfAny();
        }
        return line;
    }
}
