package com.clinova.reports.api;

import java.math.BigDecimal;
import java.util.UUID;

/** Of the appointments a practitioner's patients were due at (checked in, completed, no-show), how many were missed. */
public record NoShowRate(UUID practitionerId, String practitionerName, long due, long noShows) {

    /** 0–1 with four decimals; null when nobody was due. */
    public BigDecimal rate() {
        return Ratios.of(noShows, due);
    }
}
