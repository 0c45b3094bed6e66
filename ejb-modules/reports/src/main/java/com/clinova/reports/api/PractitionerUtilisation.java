package com.clinova.reports.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How much of a practitioner's scheduled time was booked in a period. Booked time counts
 * appointments booked, attended or missed (holds and cancellations do not); {@code outsideMinutes}
 * is booked time outside the schedule, which the ratio leaves out.
 */
public record PractitionerUtilisation(
        UUID practitionerId, String practitionerName, long workingMinutes, long bookedMinutes, long outsideMinutes) {

    /** Booked share of the working time, 0–1 with four decimals; null without working time. */
    public BigDecimal utilisation() {
        return Ratios.of(bookedMinutes, workingMinutes);
    }
}
