package com.clinova.reports.api;

import java.util.Locale;
import java.util.Optional;

/** How revenue is grouped: by month of issue, by practitioner of the billed appointment, or by service. */
public enum RevenueBreakdown {
    MONTH,
    PRACTITIONER,
    SERVICE;

    public static Optional<RevenueBreakdown> ofCode(String code) {
        for (RevenueBreakdown breakdown : values()) {
            if (breakdown.name().toLowerCase(Locale.ROOT).equals(code)) {
                return Optional.of(breakdown);
            }
        }
        return Optional.empty();
    }
}
