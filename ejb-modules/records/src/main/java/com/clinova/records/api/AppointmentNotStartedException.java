package com.clinova.records.api;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.SpecificProblem;

/** An encounter opens only once the patient has checked in (or the visit is completed). */
public class AppointmentNotStartedException extends ConflictException implements SpecificProblem {

    public AppointmentNotStartedException() {
        super("An encounter can be opened only for an appointment that is checked in or completed");
    }

    @Override
    public String problemSlug() {
        return "appointment-not-checked-in";
    }

    @Override
    public String problemTitle() {
        return "Appointment not checked in";
    }
}
