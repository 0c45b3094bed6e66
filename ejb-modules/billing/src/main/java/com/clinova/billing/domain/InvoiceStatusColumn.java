package com.clinova.billing.domain;

import com.clinova.billing.api.InvoiceStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Invoice statuses are stored as their lower-case codes (the column's check constraint). */
@Converter
public class InvoiceStatusColumn implements AttributeConverter<InvoiceStatus, String> {

    @Override
    public String convertToDatabaseColumn(InvoiceStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public InvoiceStatus convertToEntityAttribute(String code) {
        return code == null
                ? null
                : InvoiceStatus.ofCode(code)
                        .orElseThrow(() -> new IllegalStateException("Unknown invoice status " + code));
    }
}
