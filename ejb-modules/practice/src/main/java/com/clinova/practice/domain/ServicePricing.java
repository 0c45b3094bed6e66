package com.clinova.practice.domain;

import java.math.BigDecimal;

/** The duration and price rules of a service, shared by creation and change. */
final class ServicePricing {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 480;
    /** numeric(12, 2): ten digits before the decimal point. */
    private static final BigDecimal PRICE_LIMIT = new BigDecimal("10000000000");

    private ServicePricing() {}

    static void checkDuration(FieldRules rules, Integer minutes) {
        if (minutes == null) {
            rules.add("durationMinutes", "is required");
        } else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            rules.add("durationMinutes", "must be from " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes");
        }
    }

    /** The price with two decimals, or null after recording why it is unacceptable. */
    static BigDecimal checkPrice(FieldRules rules, BigDecimal price) {
        if (price == null) {
            rules.add("price", "is required");
            return null;
        }
        BigDecimal plain = price.stripTrailingZeros();
        if (price.signum() < 0 || price.compareTo(PRICE_LIMIT) >= 0) {
            rules.add("price", "must be from 0 to 9999999999.99");
        } else if (plain.scale() > 2) {
            rules.add("price", "must have at most two decimals");
        } else {
            return price.setScale(2);
        }
        return null;
    }
}
