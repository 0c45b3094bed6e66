package com.clinova.reports.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as reports show them: four decimals, half-up, and no share of nothing. */
final class Ratios {

    private Ratios() {}

    static BigDecimal of(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
