package com.clinova.scheduling.api;

import com.clinova.platform.error.ResourceNotFoundException;

/** No appointment with this id in the current clinic (which includes: it belongs to another one). */
public class AppointmentNotFoundException extends ResourceNotFoundException {

    public AppointmentNotFoundException(AppointmentId id) {
        super("Appointment", id);
    }
}
