package com.clinova.web.portal.billing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts and percentages as staff type them: digits with a decimal comma or point ("45,50",
 * "45.50"), nothing else. Anything unreadable is empty, and the form says which field.
 */
final class Decimals {

    private static final Pattern TYPED = Pattern.compile("^\\d{1,13}([.,]\\d{1,6})?$");

    private Decimals() {}

    static Optional<BigDecimal> parse(String typed) {
        if (typed == null || !TYPED.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(typed.strip().replace(',', '.')));
    }

    static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }
}
