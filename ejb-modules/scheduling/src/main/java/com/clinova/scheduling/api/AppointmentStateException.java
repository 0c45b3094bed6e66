package com.clinova.scheduling.api;

import com.clinova.platform.error.ConflictException;

/**
 * The appointment's status (or the time) does not allow this change: confirming a cancelled
 * appointment, checking in one that is over, confirming a hold that has expired.
 */
public class AppointmentStateException extends ConflictException {

    private final AppointmentStatus status;

    public AppointmentStateException(AppointmentStatus status, String message) {
        super(message);
        this.status = status;
    }

    public AppointmentStatus status() {
        return status;
    }
}
