package com.clinova.reports.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How much of the time its location was open a room was booked. A location is open while anyone
 * is scheduled to work there; {@code outsideMinutes} is room time booked outside that.
 */
public record RoomUtilisation(
        UUID roomId, String roomName, String locationName, long openMinutes, long bookedMinutes, long outsideMinutes) {

    /** Booked share of the opening time, 0–1 with four decimals; null when the location never opened. */
    public BigDecimal utilisation() {
        return Ratios.of(bookedMinutes, openMinutes);
    }
}
