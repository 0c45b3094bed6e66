package com.clinova.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money rules, in one place. Amounts are {@link BigDecimal} with two decimals (the database's
 * {@code numeric(12, 2)}), never floating point. Rounding happens <b>per line</b>, once per derived
 * amount, <b>half-up</b> to the cent: a line's discount is {@code round(gross × percent / 100)} and
 * its tax {@code round(net × rate / 100)}; invoice totals are plain sums of the rounded line
 * amounts, so the printed lines always add up to the printed totals.
 */
public final class Amounts {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** The largest amount {@code numeric(12, 2)} holds. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {}

    /** {@code percent} % of {@code amount}, computed exactly, then rounded half-up to the cent. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, SCALE, ROUNDING);
    }

    /** An amount as stored: two decimals. Only for values that have at most two already. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Whether a client amount is storable: not negative, at most two decimals, at most {@link #MAX}. */
    public static boolean isAmount(BigDecimal value) {
        return value != null && value.signum() >= 0 && decimals(value) <= SCALE && value.compareTo(MAX) <= 0;
    }

    /** Whether a percentage is between 0 and 100 with at most two decimals. */
    public static boolean isPercent(BigDecimal value) {
        return value != null && value.signum() >= 0 && decimals(value) <= SCALE && value.compareTo(HUNDRED) <= 0;
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
