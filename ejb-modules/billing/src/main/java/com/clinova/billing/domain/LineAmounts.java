package com.clinova.billing.domain;

import java.math.BigDecimal;

/**
 * The amounts of one invoice line, rounded as {@link Amounts} says: gross = unit price × quantity
 * (exact), discount = round(gross × discount % / 100), net = gross − discount, tax = round(net ×
 * tax rate / 100).
 */
public record LineAmounts(BigDecimal gross, BigDecimal discount, BigDecimal net, BigDecimal tax) {

    public static LineAmounts of(BigDecimal unitPrice, int quantity, BigDecimal discountPercent, BigDecimal taxRate) {
        BigDecimal gross = Amounts.cents(unitPrice.multiply(BigDecimal.valueOf(quantity)));
        BigDecimal discount = Amounts.percentOf(gross, discountPercent);
        BigDecimal net = gross.subtract(discount);
        return new LineAmounts(gross, discount, net, Amounts.percentOf(net, taxRate));
    }
}
