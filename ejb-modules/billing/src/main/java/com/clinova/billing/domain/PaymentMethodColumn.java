package com.clinova.billing.domain;

import com.clinova.billing.api.PaymentMethod;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Payment methods are stored as their lower-case codes (the column's check constraint). */
@Converter
public class PaymentMethodColumn implements AttributeConverter<PaymentMethod, String> {

    @Override
    public String convertToDatabaseColumn(PaymentMethod method) {
        return method == null ? null : method.code();
    }

    @Override
    public PaymentMethod convertToEntityAttribute(String code) {
        return code == null
                ? null
                : PaymentMethod.ofCode(code)
                        .orElseThrow(() -> new IllegalStateException("Unknown payment method " + code));
    }
}
