package com.clinova.scheduling.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an appointment is in its life. {@link #isLive() Live} appointments occupy their
 * practitioner, room and patient; the others free the time again.
 */
public enum AppointmentStatus {
    HELD,
    BOOKED,
    CHECKED_IN,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    EXPIRED;

    /** Live statuses: exactly those the database's no-overlap constraints look at. */
    public boolean isLive() {
        return this == HELD || this == BOOKED || this == CHECKED_IN || this == COMPLETED;
    }

    /** The name clients and the database use: lower case with underscores, e.g. {@code checked_in}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppointmentStatus> ofCode(String code) {
        for (AppointmentStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
