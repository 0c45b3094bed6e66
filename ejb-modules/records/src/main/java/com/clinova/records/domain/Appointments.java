package com.clinova.records.domain;

import java.util.Optional;
import java.util.UUID;

/** The appointments of the bound clinic, as the scheduling context tells them. */
public interface Appointments {

    /** Empty for an unknown appointment, which includes another clinic's. */
    Optional<AppointmentFacts> find(UUID appointmentId);
}
